//! A WARC file, plain or gzipped (multi-member), read record by record as the reader does;
//! at most a few pages per input go through the HTML extractor.
#![no_main]
use std::io::{BufRead, BufReader, Read};

use libfuzzer_sys::fuzz_target;
use storyfold_ingest::{html, warc};

fuzz_target!(|data: &[u8]| {
    let reader: Box<dyn Read> = if data.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::read::MultiGzDecoder::new(data))
    } else {
        Box::new(data)
    };
    let mut reader: Box<dyn BufRead> = Box::new(BufReader::new(reader));
    for _ in 0..64 {
        match warc::next_record(&mut reader) {
            Ok(Some(rec)) => {
                if let warc::Outcome::Page(rec, page) = warc::classify(rec) {
                    let _ = html::parse_html_report(
                        rec.id.as_deref().unwrap_or("r"),
                        &page,
                        rec.target.as_deref(),
                        rec.date.as_deref(),
                    );
                }
            }
            Ok(None) | Err(_) => break,
        }
    }
});
