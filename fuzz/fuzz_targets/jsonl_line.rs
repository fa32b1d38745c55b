//! One JSONL line, as the JSONL reader hands it to the parser.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(line) = std::str::from_utf8(data) {
        let _ = storyfold_ingest::parse_jsonl_line(line, "fuzz.jsonl", 1);
    }
});
