//! An RSS or Atom feed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = storyfold_ingest::feed::parse_feed("fuzz.rss", data);
});
