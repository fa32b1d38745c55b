//! Golden HTML pages (`tests/html/pages`, fictional pages imitating news-site markup) against
//! `tests/html/expected.json`: metadata read, article text kept, site chrome dropped (after
//! the cleaner, as the fold sees it).

use std::path::Path;

use serde_json::Value;

fn body_of(
    path: &Path,
) -> (
    storyfold_model::RawReport,
    storyfold_model::CleanReport,
    String,
) {
    let html = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let raw = storyfold_ingest::html::parse_html_report(&name, &html, None, None)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let clean = storyfold_clean::clean(&raw);
    let body = clean.body();
    (raw, clean, body)
}

#[test]
fn golden_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/html");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("expected.json")).unwrap())
            .unwrap();
    let mut problems = Vec::new();
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (file, want) in expected.as_object().unwrap() {
        let (raw, clean, body) = body_of(&root.join("pages").join(file));
        if let Some(t) = want["title"].as_str()
            && clean.title.as_deref() != Some(t)
        {
            problems.push(format!("{file}: title {:?}, want {t:?}", clean.title));
        }
        if let Some(a) = want["author"].as_str()
            && raw.author.as_deref().map(str::to_lowercase) != Some(a.to_lowercase())
        {
            problems.push(format!("{file}: author {:?}, want {a:?}", raw.author));
        }
        let body = norm(&body);
        if let Some(p) = want["published"].as_str()
            && raw.published.as_deref().and_then(|d| d.get(..10)) != Some(p)
        {
            problems.push(format!("{file}: published {:?}, want {p}", raw.published));
        }
        if let Some(u) = want["url"].as_str()
            && raw.url.as_deref() != Some(u)
        {
            problems.push(format!("{file}: url {:?}, want {u}", raw.url));
        }
        if let Some(first) = want["first_sentence"].as_str() {
            // The cleaner keeps a wire dateline ("BIRMINGHAM, Alabama (CP) — ") as metadata.
            let first = first
                .split_once(" — ")
                .filter(|(head, _)| {
                    head.contains('(') || head.chars().take(4).all(|c| c.is_uppercase())
                })
                .map(|x| x.1)
                .unwrap_or(first);
            if !body.contains(&norm(first)) {
                problems.push(format!("{file}: first sentence missing: {first}"));
            }
        }
        for phrase in want["must_contain"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !body.contains(&norm(phrase)) {
                problems.push(format!("{file}: body lacks {phrase:?}"));
            }
        }
        for phrase in want["must_not_contain"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if body.contains(&norm(phrase)) {
                problems.push(format!("{file}: body keeps page chrome {phrase:?}"));
            }
        }
    }
    for p in &problems {
        println!("{p}");
    }
    let pages = expected.as_object().unwrap().len();
    println!("{pages} golden pages, {} differences", problems.len());
    assert!(
        problems.is_empty(),
        "{} differences over {pages} pages (listed above)",
        problems.len()
    );
}
