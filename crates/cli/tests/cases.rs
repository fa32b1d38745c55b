//! Data-driven cases: each folder under `tests/cases/` holds input reports (`reports/`) and
//! `expected.json` (hand-written: copy links, event groups and incident fields). One harness
//! runs them all and lists every difference.

use serde_json::Value;

use crate::util::{Fold, fold_json, repo_root};

fn check_case(dir: &std::path::Path) -> Vec<String> {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
            .unwrap_or_else(|e| panic!("{}: bad expected.json: {e}", dir.display()));
    let f = Fold::new(fold_json(&[&dir.join("reports")]));
    let mut problems = Vec::new();
    for (id, want) in expected["copies"].as_object().into_iter().flatten() {
        let got = f.report(id);
        let got = (got["copy_of"].clone(), got["relation"].clone());
        let want = (want[0].clone(), want[1].clone());
        if got != want {
            problems.push(format!("copy {id}: got {got:?}, want {want:?}"));
        }
    }
    for group in expected["events"].as_array().into_iter().flatten() {
        let ids: Vec<&str> = group
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let ev = f.report(ids[0])["event"].clone();
        for id in &ids[1..] {
            if f.report(id)["event"] != ev {
                problems.push(format!("{} and {id} should be one event", ids[0]));
            }
        }
        let size = f.reports.iter().filter(|r| r["event"] == ev).count();
        if size != ids.len() {
            problems.push(format!(
                "event of {} has {size} reports, want {}",
                ids[0],
                ids.len()
            ));
        }
    }
    for (id, want) in expected["incidents"].as_object().into_iter().flatten() {
        let inc = &f.event_of(id)["incident"];
        for (path, want) in want.as_object().unwrap() {
            // "participants.0.name": a number steps into an array.
            let got = path.split('.').fold(inc, |v, k| match k.parse::<usize>() {
                Ok(i) if v.is_array() => &v[i],
                _ => &v[k],
            });
            if got != want {
                problems.push(format!("incident of {id}: {path} = {got}, want {want}"));
            }
        }
    }
    problems
}

#[test]
fn all_cases() {
    let root = repo_root().join("tests/cases");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no cases in {}", root.display());
    let mut failed = 0;
    for dir in &dirs {
        let problems = check_case(dir);
        let name = dir.file_name().unwrap().to_string_lossy();
        if problems.is_empty() {
            println!("case {name}: ok");
        } else {
            failed += 1;
            println!("case {name}: {} differences", problems.len());
            for p in problems {
                println!("  {p}");
            }
        }
    }
    assert_eq!(
        failed,
        0,
        "{failed} of {} cases differ (listed above)",
        dirs.len()
    );
}
