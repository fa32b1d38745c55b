//! A plain-text report file (header lines, then the body).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = storyfold_ingest::parse_text_report("fuzz.txt", text);
    }
});
