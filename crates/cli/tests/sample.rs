//! The bundled sample corpus (`samples/corpus`, fictional) against `samples/expected.json`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::util::{Fold, fold_json, repo_root};

/// Report pairs that share an event, as sorted pairs of report ids.
fn pairs(groups: &BTreeMap<String, Vec<String>>) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for members in groups.values() {
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                out.insert(if a < b {
                    (a.clone(), b.clone())
                } else {
                    (b.clone(), a.clone())
                });
            }
        }
    }
    out
}

/// Differences we know about and have not fixed yet, each with why.
const KNOWN_GAPS: &[&str] = &[
    // Two unnamed injured in separate sentences ("She was taken to a hospital ...", "A
    // firefighter suffered ..."): counts are read per sentence and not yet summed across
    // distinct unnamed people.
    "E6 injured: got 1, want 2",
];

#[test]
fn sample_corpus_matches_expected() {
    let root = repo_root();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("samples/expected.json")).unwrap())
            .unwrap();
    let f = Fold::new(fold_json(&[&root.join("samples/corpus")]));
    let mut problems = Vec::new();

    // Copies.
    for (id, want) in expected["reports"].as_object().unwrap() {
        let got = f.report(id);
        if got["copy_of"] != want["copy_of"] || got["relation"] != want["relation"] {
            problems.push(format!(
                "copy {id}: got {} {}, want {} {}",
                got["copy_of"], got["relation"], want["copy_of"], want["relation"]
            ));
        }
    }
    // Events, as pairs.
    let mut want_groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, want) in expected["reports"].as_object().unwrap() {
        want_groups
            .entry(want["event"].as_str().unwrap().into())
            .or_default()
            .push(id.clone());
    }
    let mut got_groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &f.reports {
        got_groups
            .entry(r["event"].as_str().unwrap().into())
            .or_default()
            .push(r["id"].as_str().unwrap().into());
    }
    let (want_pairs, got_pairs) = (pairs(&want_groups), pairs(&got_groups));
    for p in want_pairs.difference(&got_pairs) {
        problems.push(format!("events: {} and {} should be one event", p.0, p.1));
    }
    for p in got_pairs.difference(&want_pairs) {
        problems.push(format!("events: {} and {} should be apart", p.0, p.1));
    }
    // Incident fields, via the event holding the expected event's first report.
    for (name, want) in expected["events"].as_object().unwrap() {
        let first = &want_groups[name][0];
        let inc = &f.event_of(first)["incident"];
        let checks = [
            ("kind", inc["kind"].clone(), want["kind"].clone()),
            ("date", inc["date"]["value"].clone(), want["date"].clone()),
            ("city", inc["place"]["city"].clone(), want["city"].clone()),
            (
                "state",
                inc["place"]["state"].clone(),
                want["state"].clone(),
            ),
            (
                "killed",
                inc["killed"]["value"].clone(),
                want["killed"].clone(),
            ),
            (
                "injured",
                inc["injured"]["value"].clone(),
                want["injured"].clone(),
            ),
        ];
        for (field, got, want) in checks {
            if got != want {
                problems.push(format!("{name} {field}: got {got}, want {want}"));
            }
        }
    }
    // Known gaps, listed so that they stay visible: each must still be a difference (an
    // entry that starts passing fails the test, so the list is kept honest).
    let unexpected: Vec<&String> = problems
        .iter()
        .filter(|p| !KNOWN_GAPS.contains(&p.as_str()))
        .collect();
    for gap in KNOWN_GAPS {
        assert!(
            problems.iter().any(|p| p == gap),
            "known gap is fixed now, remove it from KNOWN_GAPS: {gap}"
        );
        println!("known gap: {gap}");
    }
    println!(
        "{} differences from samples/expected.json:",
        unexpected.len()
    );
    for p in &unexpected {
        println!("  {p}");
    }
    assert!(
        unexpected.is_empty(),
        "{} differences from samples/expected.json (listed above)",
        unexpected.len()
    );
}
