//! Prints the facts read from text files: `cargo run -p storyfold-facts --example facts FILE...`.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let raw = storyfold_model::RawReport {
            id: path.clone(),
            source: None,
            title: None,
            published: None,
            url: None,
            author: None,
            text,
        };
        let clean = storyfold_clean::clean(&raw);
        for s in storyfold_facts::sentences(&clean.paragraphs) {
            println!("| {}", s.text);
        }
        println!("{:#?}", storyfold_facts::extract(&clean).people);
    }
}
