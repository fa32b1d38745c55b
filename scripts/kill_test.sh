#!/usr/bin/env bash
# Crash safety: folds a synthetic corpus into one store and kills the fold with SIGKILL at
# random moments, RUNS times; then folds once more to completion and checks that every report
# is stored exactly once, every stored report is in exactly one event, and SQLite's
# integrity_check is ok. Usage: scripts/kill_test.sh [RUNS] [REPORTS]   (defaults 50, 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
n=${2:-20000}
cargo build --release -q
cargo build --release -q -p storyfold-synth
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/storyfold-synth "$n" > "$work/all.jsonl"
# Four slices, folded in turn, so that kills land in both ingest and fold of later slices.
split -n l/4 -d "$work/all.jsonl" "$work/part-" --additional-suffix=.jsonl
parts=("$work"/part-*.jsonl)
killed=0
for i in $(seq "$runs"); do
  part=${parts[$((i % 4))]}
  target/release/storyfold fold --no-progress --db "$work/s.db" "$part" > /dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.02, 1.5), 3))')"
  if kill -9 "$pid" 2> /dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2> /dev/null || true
done
target/release/storyfold fold --no-progress --db "$work/s.db" "$work/all.jsonl" > /dev/null 2>&1
# Re-ingesting the same input changes nothing.
again=$(target/release/storyfold fold --no-progress --db "$work/s.db" "$work/all.jsonl" 2>&1 > /dev/null | tail -n 1)
case "$again" in
  *"(0 new, $n unchanged, 0 replaced)"*) echo "ok: re-ingest is a no-op ($again)" ;;
  *) echo "FAIL: re-ingest changed the store: $again"; exit 1 ;;
esac
python3 - "$work/s.db" "$work/all.jsonl" "$runs" "$killed" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ids = [json.loads(l)["id"] for l in open(sys.argv[2])]
stored = [r[0] for r in db.execute("SELECT id FROM reports")]
results = [r[0] for r in db.execute("SELECT id FROM report_results")]
members = [m for (js,) in db.execute("SELECT members FROM events") for m in json.loads(js)]
checks = {
    "integrity_check ok": db.execute("PRAGMA integrity_check").fetchone()[0] == "ok",
    "every report stored once": sorted(stored) == sorted(ids),
    "every report has results": sorted(results) == sorted(ids),
    "every report in exactly one event": sorted(members) == sorted(ids),
}
for k, v in checks.items():
    print(("ok: " if v else "FAIL: ") + k)
print(f"{sys.argv[4]} of {sys.argv[3]} runs killed mid-way; {len(ids)} reports")
sys.exit(0 if all(checks.values()) else 1)
PY
