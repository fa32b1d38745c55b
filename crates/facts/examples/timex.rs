//! TempEval-3 harness: reads the benchmark's JSONL (`text`, `dct`, `doc_id`) on stdin and
//! writes `{doc_id, timexes: [{start, end, type, value}]}` per document, with character
//! offsets, for `score_timex.py`. `cargo run -p storyfold-facts --example timex < IN > OUT`.
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line.expect("readable input");
        let doc: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        let text = doc["text"].as_str().unwrap_or("");
        let dct = doc["dct"]
            .as_str()
            .or(doc["published"].as_str())
            .and_then(storyfold_model::parse_date);
        let Some(dct) = dct else { continue };
        // Byte offsets to character offsets.
        let chars: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let to_char = |b: usize| chars.partition_point(|&x| x < b);
        let timexes: Vec<serde_json::Value> = storyfold_facts::timex::timexes(text, dct)
            .into_iter()
            .map(|t| serde_json::json!({"start": to_char(t.start), "end": to_char(t.end), "type": t.kind, "value": t.value}))
            .collect();
        let rec = serde_json::json!({"doc_id": doc["doc_id"].clone(), "timexes": timexes});
        writeln!(out, "{rec}").expect("stdout");
    }
}
