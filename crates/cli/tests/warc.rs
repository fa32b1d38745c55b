//! A WARC file built from the golden HTML pages folds to the same events as the pages.

use std::collections::BTreeSet;

use storyfold_ingest::warc::{http_response, write_record};

use crate::util::{Fold, fold_json, repo_root};

/// Event partition as sets of page names.
fn partition(f: &Fold, name_of: impl Fn(&str) -> String) -> BTreeSet<BTreeSet<String>> {
    f.events
        .iter()
        .map(|e| {
            e["reports"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| name_of(r.as_str().unwrap()))
                .collect()
        })
        .collect()
}

#[test]
fn warc_of_pages_folds_like_the_pages() {
    let pages = repo_root().join("tests/html/pages");
    let mut files: Vec<_> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 2,
        "golden pages missing in {}",
        pages.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let mut warc = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let html = std::fs::read_to_string(f).unwrap();
        let target = format!("https://pages.example/{name}");
        write_record(
            &mut warc,
            "request",
            &format!("urn:req:{i}"),
            &target,
            "2025-06-01T00:00:00Z",
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        );
        let payload = http_response(200, "text/html; charset=utf-8", &html);
        write_record(
            &mut warc,
            "response",
            &format!("urn:page:{name}"),
            &target,
            "2025-06-01T00:00:00Z",
            "application/http; msgtype=response",
            &payload,
        );
    }
    let warc_path = dir.path().join("pages.warc");
    std::fs::write(&warc_path, warc).unwrap();

    let from_pages = Fold::new(fold_json(&[&pages]));
    // The golden set's syndicated pair is found as copies.
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/html/expected.json")).unwrap(),
    )
    .unwrap();
    for (file, want) in expected.as_object().unwrap() {
        assert_eq!(
            from_pages.report(file)["copy_of"],
            want["copy_of"],
            "copy_of of {file}"
        );
    }
    let from_warc = Fold::new(fold_json(&[&warc_path]));
    assert_eq!(from_warc.reports.len(), files.len());
    assert_eq!(
        partition(&from_warc, |id| id
            .trim_start_matches("urn:page:")
            .to_string()),
        partition(&from_pages, |id| id.to_string())
    );
}
