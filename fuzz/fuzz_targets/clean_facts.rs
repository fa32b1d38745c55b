//! The cleaner and the fact extractors on any report: the input is split on NUL bytes into
//! title, publication date and text, so the fuzzer reaches header and date handling too.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storyfold_model::RawReport;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = s.splitn(3, '\0');
    let (a, b, c) = (parts.next(), parts.next(), parts.next());
    let (title, published, text) = match (a, b, c) {
        (Some(t), Some(p), Some(x)) => (Some(t), Some(p), x),
        (Some(t), Some(x), None) => (Some(t), None, x),
        (Some(x), None, None) => (None, None, x),
        _ => return,
    };
    let raw = RawReport {
        id: "fuzz".into(),
        source: Some("Fuzz Gazette".into()),
        title: title.map(str::to_string),
        published: published.map(str::to_string),
        url: Some("https://fuzz.example/a".into()),
        author: None,
        text: text.to_string(),
    };
    let clean = storyfold_clean::clean(&raw);
    let _ = storyfold_facts::extract(&clean);
});
