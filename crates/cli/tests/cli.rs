//! The binary as a user meets it: exit codes, stdout/stderr, the store across runs.

use std::fs;

use crate::util::{Fold, bin, parse_lines, run};

const STORY_A: &str = "title: Man wounded on Birch Street\nsource: Lakeside Times\npublished: 2025-03-08\n\nLAKESIDE, Ohio — A 40-year-old man was wounded Friday night on Birch Street, police said.\n\nOfficers found Dale Monroe, 40, with a gunshot wound to the leg. He was taken to Mercy Hospital and is expected to survive.\n\nPolice have not named a suspect and asked anyone with information to call detectives.\n";
const STORY_B: &str = "title: Crews battle barn fire\nsource: Lakeside Times\npublished: 2025-04-02\n\nFirefighters from three towns battled a barn fire on Route 9 early Tuesday. Flames destroyed the barn and two tractors, the fire chief said. No one was hurt.\n";

#[test]
fn usage_errors_exit_2_and_runtime_errors_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(bin(), dir.path());
    assert_eq!(out.status.code(), Some(2));
    let mut cmd = bin();
    cmd.args(["show", "ev-nothing", "--db"])
        .arg(dir.path().join("x.db"));
    let out = run(cmd, dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no event \"ev-nothing\""), "{err}");
    // Nothing readable at all is an error, and creates no store.
    let mut cmd = bin();
    cmd.args(["fold", "missing.txt", "--db", "m.db"]);
    let out = run(cmd, dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt: cannot open"));
    assert!(!dir.path().join("m.db").exists());
}

#[test]
fn bad_inputs_are_skipped_counted_and_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), STORY_A).unwrap();
    fs::write(dir.path().join("b.jsonl"), "{\"id\": \"j1\", \"text\": \"Two men were shot on Pine Street Sunday, police said.\"}\nnot json\n").unwrap();
    fs::write(dir.path().join("c.txt"), [0u8, 159, 146, 150]).unwrap();
    let mut cmd = bin();
    cmd.args(["fold", "--json", "--db", "s.db", "."]);
    let out = run(cmd, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let f = Fold::new(parse_lines(&out.stdout));
    assert_eq!(f.summary["reports"], 2);
    assert_eq!(f.summary["skipped"], 2);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("b.jsonl:2: not valid JSON"), "{err}");
    assert!(err.contains("c.txt: binary data"), "{err}");
}

#[test]
fn store_grows_across_runs_and_refolding_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), STORY_A).unwrap();
    fs::write(dir.path().join("b.txt"), STORY_B).unwrap();
    let fold = |file: &str| {
        let mut cmd = bin();
        cmd.args(["fold", "--json", "--db", "s.db", file]);
        let out = run(cmd, dir.path());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Fold::new(parse_lines(&out.stdout))
    };
    let first = fold("a.txt");
    assert_eq!(first.summary["events"], 1);
    fold("b.txt");
    let mut cmd = bin();
    cmd.args(["events", "--json", "--db", "s.db"]);
    let listed = parse_lines(&run(cmd, dir.path()).stdout);
    assert_eq!(listed.len(), 2, "{listed:?}");
    let before = fs::read(dir.path().join("s.db")).map(|b| b.len()).unwrap();
    let again = fold("a.txt");
    assert_eq!(
        again.report("a.txt")["event"],
        first.report("a.txt")["event"],
        "event ids are stable"
    );
    let mut cmd = bin();
    cmd.args(["events", "--json", "--db", "s.db"]);
    assert_eq!(parse_lines(&run(cmd, dir.path()).stdout), listed);
    assert!(fs::read(dir.path().join("s.db")).unwrap().len() >= before);

    // show prints the record with sources and the join reasons.
    let id = listed[0]["id"].as_str().unwrap();
    let mut cmd = bin();
    cmd.args(["show", id, "--db", "s.db"]);
    let out = run(cmd, dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    let monroe = text.lines().find(|l| l.contains("Dale Monroe"));
    // name, role, gender ("He was taken to …" after the sentence naming him), age, status
    let cells: Vec<&str> = monroe.unwrap_or("").split_whitespace().collect();
    assert_eq!(
        cells.get(..7),
        Some(&["Dale", "Monroe", "victim", "male", "-", "age", "40"][..]),
        "{text}"
    );
    assert!(text.contains("joined: first"), "{text}");

    // why explains a pair, with its reasons.
    let mut cmd = bin();
    cmd.args(["why", "a.txt", "b.txt", "--db", "s.db"]);
    let out = run(cmd, dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("different events"), "{text}");
    assert!(text.contains("b.txt came after a.txt"), "{text}");
    assert!(text.contains("its score against a.txt's event"), "{text}");
    assert!(text.contains("it started an event of its own"), "{text}");
    assert!(text.contains("different kind"), "{text}");
}

#[test]
fn copies_command_writes_the_deduplicated_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let body = "A 40-year-old man was wounded Friday night on Birch Street, police said. Officers found him with a gunshot wound to the leg. He was taken to Mercy Hospital and is expected to survive. Police have not named a suspect.";
    let lines = [
        serde_json::json!({"id": "a", "text": body, "published": "2025-03-08"}),
        serde_json::json!({"id": "b", "text": format!("By Kim Lo, Wire Service\n{body}\nCopyright 2025 Wire Service. All rights reserved."), "published": "2025-03-09"}),
        serde_json::json!({"id": "c", "text": "Firefighters battled a barn fire on Route 9 early Tuesday. Flames destroyed the barn and two tractors, the fire chief said.", "published": "2025-03-09"}),
    ];
    let jsonl: String = lines.iter().map(|l| format!("{l}\n")).collect();
    fs::write(dir.path().join("in.jsonl"), jsonl).unwrap();
    let mut cmd = bin();
    cmd.args([
        "copies",
        "--json",
        "--keep-canonical",
        "out.jsonl",
        "in.jsonl",
    ]);
    let out = run(cmd, dir.path());
    assert!(out.status.success());
    let groups = parse_lines(&out.stdout);
    assert_eq!(groups[0]["canonical"], "a");
    assert_eq!(groups[0]["members"][0]["id"], "b");
    assert_eq!(groups[0]["members"][0]["relation"], "syndicated");
    let kept = fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(kept.lines().count(), 2);
    // One report at a time, as a stream: the same groups, and the latency on stderr.
    let mut one = bin();
    one.args([
        "copies",
        "--json",
        "--one-at-a-time",
        "--timings",
        "in.jsonl",
    ]);
    let one = run(one, dir.path());
    assert!(one.status.success());
    assert_eq!(parse_lines(&one.stdout), groups);
    let stderr = String::from_utf8_lossy(&one.stderr);
    assert!(
        stderr.contains("latency per report") && stderr.contains("p99"),
        "{stderr}"
    );
}

#[test]
fn folding_in_two_runs_equals_one_run() {
    let corpus = crate::util::repo_root().join("samples/corpus");
    let mut files: Vec<_> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let dir = tempfile::tempdir().unwrap();
    let events = |db: &str| {
        let mut cmd = bin();
        cmd.args(["events", "--json", "--db", db]);
        parse_lines(&run(cmd, dir.path()).stdout)
    };
    let mut whole = bin();
    whole.args(["fold", "--db", "one.db"]).arg(&corpus);
    assert!(run(whole, dir.path()).status.success());
    // The second run brings the earlier half of the alphabet, so arrival order differs too.
    let (first, second) = files.split_at(files.len() / 2);
    for (part, db) in [(second, "two.db"), (first, "two.db")] {
        let mut cmd = bin();
        cmd.args(["fold", "--db", db]).args(part);
        assert!(run(cmd, dir.path()).status.success());
    }
    assert_eq!(events("one.db"), events("two.db"));
}

#[test]
fn count_groups_incidents_not_reports() {
    let corpus = crate::util::repo_root().join("samples/corpus");
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.args(["fold", "--db", "s.db"]).arg(&corpus);
    assert!(run(cmd, dir.path()).status.success());
    let mut cmd = bin();
    cmd.args(["count", "--db", "s.db", "--by", "state", "--json"]);
    let rows = parse_lines(&run(cmd, dir.path()).stdout);
    let missouri = rows
        .iter()
        .find(|r| r["key"] == "Missouri")
        .expect("a Missouri row");
    // Six reports (four of them copies of one wire story) are one incident.
    assert_eq!(missouri["incidents"], 1);
    assert_eq!(missouri["killed"], 1);
    let mut cmd = bin();
    cmd.args([
        "count", "--db", "s.db", "--by", "state", "--title", "officer", "--role", "victim", "--csv",
    ]);
    let csv = String::from_utf8(run(cmd, dir.path()).stdout).unwrap();
    assert_eq!(
        csv.lines().next(),
        Some("key,incidents,killed,injured,participants")
    );
    assert!(csv.lines().any(|l| l.starts_with("Oregon,1,1,")), "{csv}");

    // export: one row per event, and one per report.
    let mut cmd = bin();
    cmd.args(["events", "--json", "--db", "s.db"]);
    let events = parse_lines(&run(cmd, dir.path()).stdout).len();
    let mut cmd = bin();
    cmd.args(["export", "--db", "s.db", "--format", "csv"]);
    let csv = String::from_utf8(run(cmd, dir.path()).stdout).unwrap();
    let mut rows = ::csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        rows.headers().unwrap().iter().take(6).collect::<Vec<_>>(),
        ["event", "kind", "date", "date_precision", "state", "city"]
    );
    assert_eq!(rows.records().count(), events);
    let mut cmd = bin();
    cmd.args(["export", "--db", "s.db", "--what", "reports"]);
    assert_eq!(parse_lines(&run(cmd, dir.path()).stdout).len(), 33);
}

#[test]
fn show_prints_what_an_update_changed() {
    let corpus = crate::util::repo_root().join("samples/corpus");
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.args(["fold", "--db", "s.db"])
        .arg(corpus.join("004_fort-wayne-oxford-street-shooting.txt"))
        .arg(corpus.join("005_fort-wayne-oxford-street-shooting-update.txt"));
    assert!(run(cmd, dir.path()).status.success());
    let mut cmd = bin();
    cmd.args(["events", "--json", "--db", "s.db"]);
    let events = parse_lines(&run(cmd, dir.path()).stdout);
    assert_eq!(events.len(), 1);
    let mut cmd = bin();
    cmd.args(["show", events[0]["id"].as_str().unwrap(), "--db", "s.db"]);
    let text = String::from_utf8(run(cmd, dir.path()).stdout).unwrap();
    assert!(
        text.contains("update of 004_fort-wayne-oxford-street-shooting.txt"),
        "{text}"
    );
    assert!(
        text.contains("+ Boyd died at the hospital late Monday"),
        "{text}"
    );
    assert!(text.contains("- A man was critically injured"), "{text}");
}

#[test]
fn rss_items_with_full_text_fold_into_one_event_and_teasers_are_counted() {
    let feed = crate::util::repo_root().join("tests/feeds/harbor-ledger.rss");
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.args(["fold", "--json", "--no-progress", "--db", "s.db"])
        .arg(&feed);
    let out = run(cmd, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 feed items not read as reports"),
        "the teaser is counted: {err}"
    );
    let fold = Fold::new(parse_lines(&out.stdout));
    let ids: Vec<&str> = fold
        .reports
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.contains(&"hl-2025-0305-crash") && ids.contains(&"hl-2025-0307-citation"));
    assert_eq!(
        fold.events.len(),
        1,
        "the crash and its follow-up: {:?}",
        fold.events
    );
    let inc = &fold.events[0]["incident"];
    assert_eq!(inc["kind"], "crash", "{inc}");
    assert_eq!(inc["place"]["state"], "Maine", "{inc}");
    assert_eq!(inc["injured"]["value"], 2, "{inc}");
    assert_eq!(inc["date"]["value"], "2025-03-04", "Tuesday's crash: {inc}");
}

#[test]
fn export_writes_a_file_and_parquet_needs_its_feature() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), STORY_A).unwrap();
    let mut cmd = bin();
    cmd.args(["fold", "--no-progress", "--db", "s.db", "a.txt"]);
    assert!(run(cmd, dir.path()).status.success());
    let mut cmd = bin();
    cmd.args(["export", "--db", "s.db", "-o", "events.jsonl"]);
    let out = run(cmd, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let rows = parse_lines(&fs::read(dir.path().join("events.jsonl")).unwrap());
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["state"], "Ohio");
    // Each participant with what is known of them, gender too.
    let participants = rows[0]["participants"].as_str().unwrap_or_default();
    assert!(
        participants.contains("Dale Monroe (victim, injured, 40, male)"),
        "{participants}"
    );

    let mut cmd = bin();
    cmd.args([
        "export",
        "--db",
        "s.db",
        "--format",
        "parquet",
        "-o",
        "e.parquet",
    ]);
    let out = run(cmd, dir.path());
    if cfg!(feature = "parquet") {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = fs::read(dir.path().join("e.parquet")).unwrap();
        assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    } else {
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("built without Parquet support"), "{err}");
        assert!(!dir.path().join("e.parquet").exists());
    }
}
