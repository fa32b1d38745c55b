//! Plain-text reports: an optional front-matter block of `key: value` lines, then the text.
//! Anything else in the text (date lines, headlines, bylines, captions) is left for the cleaner.

use storyfold_model::RawReport;

const KEYS: &[&str] = &[
    "title",
    "source",
    "published",
    "date",
    "url",
    "author",
    "byline",
];

/// Parses one text report. Front matter is recognised only when the very first lines are
/// `key: value` with known keys and a blank line ends the block.
pub fn parse_text_report(id: &str, text: &str) -> Result<RawReport, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut report = RawReport {
        id: id.to_string(),
        source: None,
        title: None,
        published: None,
        url: None,
        author: None,
        text: String::new(),
    };
    let mut body_start = 0;
    let mut offset = 0;
    let mut seen_key = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if seen_key {
                body_start = offset + line.len();
            }
            break;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            break;
        };
        let key = key.trim().to_ascii_lowercase();
        if !KEYS.contains(&key.as_str()) {
            break;
        }
        let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
        match key.as_str() {
            "title" => report.title = value,
            "source" => report.source = value,
            "published" | "date" => report.published = value,
            "url" => report.url = value,
            _ => report.author = value,
        }
        seen_key = true;
        offset += line.len();
    }
    if !seen_key {
        body_start = 0;
    } else if body_start == 0 {
        // Front matter with no blank line after it: everything was metadata.
        body_start = offset;
    }
    report.text = text[body_start..].trim().to_string();
    if report.text.is_empty() {
        return Err("empty report (no text after the metadata)".into());
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read() {
        let r = parse_text_report(
            "a.txt",
            "title: T\nsource: Ledger\npublished: 2025-01-02\n\nBody.\n",
        )
        .unwrap();
        assert_eq!(r.title.as_deref(), Some("T"));
        assert_eq!(r.source.as_deref(), Some("Ledger"));
        assert_eq!(r.published.as_deref(), Some("2025-01-02"));
        assert_eq!(r.text, "Body.");
    }

    #[test]
    fn text_without_front_matter_is_kept_whole() {
        let text = " date 2024-03-01 CNN —\n\nPolice said: nothing.";
        let r = parse_text_report("a.txt", text).unwrap();
        assert_eq!(r.title, None);
        assert_eq!(r.text, text.trim());
    }

    #[test]
    fn a_colon_line_with_unknown_key_is_body() {
        let r = parse_text_report("a.txt", "Update: police found the car.\n\nMore.").unwrap();
        assert!(r.text.starts_with("Update:"));
    }

    #[test]
    fn empty_body_is_an_error() {
        assert!(parse_text_report("a.txt", "title: x\n\n   ").is_err());
    }
}
