//! HTML pages: main text by readability (the `dom_smoothie` crate, a port of Mozilla's
//! Readability), metadata from `ld+json` NewsArticle, OpenGraph and meta tags (which the
//! crate reads: title, byline, site name, published time) plus the canonical URL.

use std::sync::LazyLock;

use dom_smoothie::{Config, Readability, TextMode};
use regex::Regex;
use storyfold_model::RawReport;

/// A page whose main text has fewer words than this has no article.
const MIN_WORDS: usize = 5;

/// Elements parsed at most per page: deeply nested or huge pages are cut off, not fatal.
const MAX_ELEMENTS: usize = 20_000;

static TIME_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<time[^>]+datetime=["'](\d{4}-\d{2}-\d{2}[^"']*)["']"#).unwrap()
});

static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$",
    )
    .unwrap()
});

/// The name in a byline: "By Kelsey Brandt · Apr 5, 2025" → "Kelsey Brandt",
/// "By Devonte Harris, Staff Reporter" → "Devonte Harris".
fn byline_name(byline: &str) -> String {
    let b = byline.trim();
    let b = b
        .strip_prefix("By ")
        .or_else(|| b.strip_prefix("by "))
        .or_else(|| b.strip_prefix("BY "))
        .unwrap_or(b);
    let b = TRAILING_DATE.replace(b, "");
    let cut = [" · ", " | ", ",", " - ", " — ", "\n"]
        .iter()
        .filter_map(|sep| b.find(sep))
        .min()
        .unwrap_or(b.len());
    b[..cut]
        .trim()
        .trim_end_matches(['·', '|', ',', '-', '—'])
        .trim()
        .to_string()
}

static CANONICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']"#).unwrap()
});

/// Reads one HTML page. `id` is the report id, `url` the address it was fetched from (if
/// known: a WARC record's target), `fetched` the fetch date to fall back on.
pub fn parse_html_report(
    id: &str,
    html: &str,
    url: Option<&str>,
    fetched: Option<&str>,
) -> Result<RawReport, String> {
    let cfg = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut r = Readability::new(html, url, Some(cfg))
        .map_err(|e| format!("not a readable HTML page: {e}"))?;
    let article = r
        .parse()
        .map_err(|e| format!("no article text found: {e}"))?;
    let text = article.text_content.trim().to_string();
    if text.split_whitespace().count() < MIN_WORDS {
        return Err("no article text found".into());
    }
    let canonical = CANONICAL
        .captures(html)
        .and_then(|c| c.get(1).or(c.get(2)))
        .map(|m| m.as_str().to_string());
    let nonempty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(RawReport {
        id: id.to_string(),
        source: nonempty(article.site_name),
        title: nonempty(Some(article.title.to_string())),
        published: nonempty(article.published_time)
            .or_else(|| TIME_TAG.captures(html).map(|c| c[1].to_string()))
            .or_else(|| fetched.map(str::to_string)),
        url: canonical.or_else(|| url.map(str::to_string)),
        author: nonempty(article.byline.map(|b| byline_name(&b))),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Two hurt in Elm Street shooting | Lakeside Times</title>
<link rel="canonical" href="https://lakeside-times.example/news/elm-street-shooting">
<meta property="og:site_name" content="Lakeside Times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Two hurt in Elm Street shooting","datePublished":"2025-03-08T09:30:00-05:00","author":{"@type":"Person","name":"Dana Cole"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<article>
<h1>Two hurt in Elm Street shooting</h1>
<p>Two men were wounded late Friday when gunfire broke out on Elm Street in Lakeside, Ohio, police said. Officers found both men on the sidewalk shortly after eleven.</p>
<p>One was taken to Mercy Hospital in critical condition and the other was treated at the scene. Detectives are looking for a dark sedan seen leaving the area.</p>
<figure><img src="x.jpg"><figcaption>Police tape on Elm Street. Photo: Ann Lee/Lakeside Times</figcaption></figure>
<p>Anyone with information is asked to call the tip line, police said in a statement on Saturday morning.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Council votes on budget</a></li></ul></aside>
<footer>Copyright 2025 Lakeside Times</footer>
</body></html>"#;

    #[test]
    fn article_text_and_metadata() {
        let r = parse_html_report("p1", PAGE, None, None).unwrap();
        assert!(
            r.text.contains("Two men were wounded late Friday"),
            "{}",
            r.text
        );
        assert!(r.text.contains("tip line"));
        // The cookie banner may survive readability on a page this small; the cleaner drops it.
        assert!(!r.text.contains("Council votes"), "{}", r.text);
        assert_eq!(
            r.url.as_deref(),
            Some("https://lakeside-times.example/news/elm-street-shooting")
        );
        assert_eq!(r.published.as_deref().map(|p| &p[..10]), Some("2025-03-08"));
        assert_eq!(r.source.as_deref(), Some("Lakeside Times"));
        assert_eq!(r.author.as_deref(), Some("Dana Cole"));
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        assert!(
            parse_html_report("p", "<html><body><nav>x</nav></body></html>", None, None).is_err()
        );
    }
}
