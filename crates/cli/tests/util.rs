use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_storyfold"))
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// `../shared` beside the repository, when present.
pub fn shared() -> Option<PathBuf> {
    let p = repo_root().join("../shared");
    p.is_dir().then_some(p)
}

/// Runs a command in `dir`, returning its output; panics with stderr on spawn failure.
pub fn run(mut cmd: Command, dir: &Path) -> Output {
    cmd.current_dir(dir).output().expect("storyfold runs")
}

/// Folds `inputs` into a fresh store in a temp dir and returns the JSON lines.
pub fn fold_json(inputs: &[&Path]) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.arg("fold")
        .arg("--json")
        .arg("--db")
        .arg(dir.path().join("t.db"));
    cmd.args(inputs);
    let out = run(cmd, dir.path());
    assert!(
        out.status.success(),
        "fold failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_lines(&out.stdout)
}

pub fn parse_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("utf-8 stdout")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Parsed `fold --json` output.
pub struct Fold {
    pub reports: Vec<Value>,
    pub events: Vec<Value>,
    pub summary: Value,
}

impl Fold {
    pub fn new(lines: Vec<Value>) -> Fold {
        let of = |t: &str| {
            lines
                .iter()
                .filter(|l| l["type"] == t)
                .cloned()
                .collect::<Vec<_>>()
        };
        let summary = of("summary").pop().expect("summary line");
        Fold {
            reports: of("report"),
            events: of("event"),
            summary,
        }
    }

    pub fn report(&self, id: &str) -> &Value {
        self.reports
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no report {id}"))
    }

    pub fn event_of(&self, id: &str) -> &Value {
        let ev = self.report(id)["event"].as_str().unwrap().to_string();
        self.events
            .iter()
            .find(|e| e["id"] == ev.as_str())
            .expect("event of report")
    }
}
