//! JSON Lines reports: one object a line, with the field names news crawlers commonly use.

use serde_json::{Map, Value};
use storyfold_model::RawReport;

const TEXT_KEYS: &[&str] = &["text", "maintext", "body", "content", "article"];
const DATE_KEYS: &[&str] = &[
    "published",
    "date",
    "date_publish",
    "published_at",
    "pubdate",
];
const SOURCE_KEYS: &[&str] = &["source", "source_domain", "outlet", "publisher"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];

fn first_string(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    })
}

/// Parses one JSONL line; `file` and `line_no` make the id of a line without `id`.
pub fn parse_jsonl_line(line: &str, file: &str, line_no: usize) -> Result<RawReport, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err("not a JSON object".into());
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Null) | None => format!("{file}:{line_no}"),
        Some(other) => {
            return Err(format!(
                "field `id` must be a string or number, found {other}"
            ));
        }
    };
    let text = first_string(&obj, TEXT_KEYS).ok_or_else(|| {
        format!(
            "report {id} has no text (expected one of {})",
            TEXT_KEYS.join(", ")
        )
    })?;
    Ok(RawReport {
        id,
        source: first_string(&obj, SOURCE_KEYS),
        title: first_string(&obj, TITLE_KEYS),
        published: first_string(&obj, DATE_KEYS),
        url: first_string(&obj, &["url", "link"]),
        author: first_string(&obj, AUTHOR_KEYS),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_please_fields() {
        let r = parse_jsonl_line(
            r#"{"title":"T","maintext":"M","date_publish":"2024-03-01 10:00:00","source_domain":"x.example","authors":["A","B"]}"#,
            "f.jsonl",
            4,
        )
        .unwrap();
        assert_eq!(r.id, "f.jsonl:4");
        assert_eq!(r.text, "M");
        assert_eq!(r.published.as_deref(), Some("2024-03-01 10:00:00"));
        assert_eq!(r.source.as_deref(), Some("x.example"));
        assert_eq!(r.author.as_deref(), Some("A, B"));
    }

    #[test]
    fn errors_name_the_problem() {
        assert!(
            parse_jsonl_line("[1]", "f", 1)
                .unwrap_err()
                .contains("object")
        );
        assert!(
            parse_jsonl_line(r#"{"id":"x"}"#, "f", 1)
                .unwrap_err()
                .contains("no text")
        );
        assert!(
            parse_jsonl_line(r#"{"id":{},"text":"t"}"#, "f", 1)
                .unwrap_err()
                .contains("`id`")
        );
    }
}
