//! RSS and Atom feeds (`.rss`, `.atom`, `.xml`, optionally gzipped): each item that carries
//! the article's full text becomes a report. Parsing is the `feed-rs` crate's (RSS 0.9–2.0,
//! Atom, JSON Feed); this module only maps an item to a [`RawReport`] and turns its HTML
//! content into plain paragraphs.
//!
//! Rules:
//! - the text is the item's full content (`content:encoded`, Atom `<content>`), else its
//!   description or summary;
//! - an item with fewer than [`MIN_ITEM_WORDS`] words is a teaser, not a report: it is skipped
//!   and counted (a headline-only feed would otherwise fill the store with fragments);
//! - the id is the item's guid (RSS) or id (Atom), else its link, else `<file>#<n>`;
//! - the publication date is the item's published date, else its updated date, as UTC
//!   (feed-rs normalises offsets).

use dom_query::Document;
use storyfold_model::RawReport;

/// Largest feed file read, decompressed: a feed is parsed whole.
pub const MAX_FEED_BYTES: u64 = 64 * 1024 * 1024;

/// Items with fewer words than this are teasers and are skipped.
pub const MIN_ITEM_WORDS: usize = 40;

/// What one feed yielded: its reports, and the items skipped with the reason.
#[derive(Debug, Default)]
pub struct FeedItems {
    pub reports: Vec<RawReport>,
    pub skipped: Vec<String>,
}

/// Parses a whole feed. `label` names the file (used for ids of items without one).
pub fn parse_feed(label: &str, bytes: &[u8]) -> Result<FeedItems, String> {
    let feed =
        feed_rs::parser::parse(bytes).map_err(|e| format!("not an RSS or Atom feed: {e}"))?;
    let source = feed
        .title
        .as_ref()
        .map(|t| plain_text(&t.content))
        .filter(|t| !t.is_empty());
    let mut out = FeedItems::default();
    for (n, entry) in feed.entries.into_iter().enumerate() {
        let link = entry.links.first().map(|l| l.href.clone());
        let id = Some(entry.id.trim().to_string())
            .filter(|s| !s.is_empty())
            .or_else(|| link.clone())
            .unwrap_or_else(|| format!("{label}#{}", n + 1));
        let html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = plain_text(&html);
        let words = text.split_whitespace().count();
        if words < MIN_ITEM_WORDS {
            out.skipped.push(format!(
                "item {} ({id}): {words} words, a teaser without the full text",
                n + 1
            ));
            continue;
        }
        out.reports.push(RawReport {
            id,
            source: source.clone(),
            title: entry
                .title
                .as_ref()
                .map(|t| plain_text(&t.content))
                .filter(|t| !t.is_empty()),
            published: entry
                .published
                .or(entry.updated)
                .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            url: link,
            author: entry
                .authors
                .first()
                .and_then(|p| p.name.as_deref())
                .map(|n| n.trim().to_string())
                .filter(|s| !s.is_empty()),
            text,
        });
    }
    Ok(out)
}

/// HTML content (or plain text) as paragraphs separated by blank lines. Block elements become
/// paragraphs; scripts and styles are dropped. Text without markup is returned as it is.
fn plain_text(content: &str) -> String {
    if !content.contains('<') {
        return content.trim().to_string();
    }
    let doc = Document::fragment(content);
    doc.select("script, style").remove();
    let blocks = doc.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre");
    let mut paragraphs: Vec<String> = Vec::new();
    for node in blocks.nodes() {
        // A block inside another block (a paragraph in a list item) is read with its parent.
        let nested = node.ancestors(None).iter().any(|a| {
            a.node_name().is_some_and(|n| {
                matches!(
                    n.as_ref(),
                    "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre"
                )
            })
        });
        if nested {
            continue;
        }
        let text = squeeze(&node.text());
        if !text.is_empty() {
            paragraphs.push(text);
        }
    }
    if paragraphs.is_empty() {
        return squeeze(&doc.text());
    }
    paragraphs.join("\n\n")
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "Two people were hurt when a car struck a bus shelter on Harbor Road in Port Wren \
on Tuesday evening, police said. The driver stayed at the scene and was questioned by officers. \
Both people were taken to Saint Clare Hospital with injuries that were not life threatening, \
according to a fire department spokesman who asked residents to avoid the area.";

    fn rss(items: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Port Wren Ledger</title><link>https://ledger.example/</link>{items}</channel></rss>"#
        )
    }

    #[test]
    fn rss_items_with_full_content_become_reports() {
        let xml = rss(&format!(
            r#"<item><title>Car hits bus shelter</title><link>https://ledger.example/a1</link><guid>ledger-a1</guid><pubDate>Wed, 05 Mar 2025 09:30:00 GMT</pubDate><description>Short teaser.</description><content:encoded><![CDATA[<p>{LONG}</p><p>Harbor Road reopened <b>before</b> midnight.</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://ledger.example/a2</link><description>A council meeting is set for Monday.</description></item>"#
        ));
        let items = parse_feed("f.rss", xml.as_bytes()).unwrap();
        assert_eq!(items.reports.len(), 1, "{items:?}");
        assert_eq!(items.skipped.len(), 1);
        assert!(items.skipped[0].contains("teaser"), "{:?}", items.skipped);
        let r = &items.reports[0];
        assert_eq!(r.id, "ledger-a1");
        assert_eq!(r.source.as_deref(), Some("Port Wren Ledger"));
        assert_eq!(r.title.as_deref(), Some("Car hits bus shelter"));
        assert_eq!(r.url.as_deref(), Some("https://ledger.example/a1"));
        assert_eq!(r.published.as_deref(), Some("2025-03-05T09:30:00Z"));
        assert!(r.text.starts_with("Two people were hurt"), "{}", r.text);
        assert!(r.text.contains("\n\nHarbor Road reopened before midnight."));
        assert!(!r.text.contains("alert"), "{}", r.text);
    }

    #[test]
    fn atom_entries_become_reports() {
        let xml = format!(
            r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wren Valley News</title><id>urn:wvn</id><updated>2025-03-06T00:00:00Z</updated>
<entry><title>Shelter crash</title><id>urn:wvn:77</id><link href="https://wvn.example/77"/><updated>2025-03-06T08:00:00Z</updated><author><name>Rosa Imbert</name></author><content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content></entry></feed>"#
        );
        let items = parse_feed("f.atom", xml.as_bytes()).unwrap();
        assert_eq!(items.reports.len(), 1, "{items:?}");
        let r = &items.reports[0];
        assert_eq!(r.id, "urn:wvn:77");
        assert_eq!(r.author.as_deref(), Some("Rosa Imbert"));
        assert_eq!(r.published.as_deref(), Some("2025-03-06T08:00:00Z"));
        assert_eq!(r.text, LONG);
    }

    #[test]
    fn a_file_that_is_not_a_feed_is_an_error() {
        let err = parse_feed("x.xml", b"\x00\x01 binary").unwrap_err();
        assert!(err.starts_with("not an RSS or Atom feed"), "{err}");
    }
}
