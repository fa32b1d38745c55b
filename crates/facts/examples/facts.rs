//! Prints what the facts stage reads from text reports:
//! `cargo run -p storyfold-facts --example facts FILE...`.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let raw = storyfold_ingest::parse_text_report(&path, &text).expect("a report");
        let clean = storyfold_clean::clean(&raw);
        let f = storyfold_facts::extract(&clean);
        println!("== {path}");
        println!(
            "kind {:?} date {:?}",
            f.kind,
            f.date
                .as_ref()
                .map(|d| (d.value.to_string(), &d.evidence.rule, &d.evidence.sentence))
        );
        println!(
            "place {:?}",
            f.place
                .as_ref()
                .map(|p| (&p.city, &p.state, &p.evidence.rule))
        );
        for (name, c) in [
            ("killed", &f.killed),
            ("injured", &f.injured),
            ("arrested", &f.arrested),
        ] {
            println!(
                "{name} {:?}",
                c.as_ref()
                    .map(|c| (c.value, &c.evidence.rule, &c.evidence.sentence))
            );
        }
        if !f.surnames.is_empty() {
            println!("surnames {:?}", f.surnames);
        }
        for p in &f.people {
            println!(
                "  person {:?} {:?} {:?} age {:?} {:?}",
                p.name, p.role, p.title, p.age, p.status
            );
        }
    }
}
