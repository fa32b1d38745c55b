//! An HTML page: main text and metadata extraction.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let _ = storyfold_ingest::html::parse_html_report(
        "fuzz.html",
        &html,
        Some("https://fuzz.example/a"),
        Some("2025-01-01"),
    );
});
