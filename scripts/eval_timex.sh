#!/usr/bin/env bash
# TempEval-3 (training files in ../shared/eval/tempeval3): TIMEX extraction and value F1 of
# storyfold's time-expression rules, scored by the benchmark's own score_timex.py.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=../shared/eval/tempeval3
if [ ! -d "$dir" ]; then echo "skipped: $dir is absent"; exit 0; fi
out=${1:-/tmp/storyfold-timex}
mkdir -p "$out"
cargo build --release -q -p storyfold-facts --example timex
for f in tbaq_timebank tbaq_aquaint; do
  target/release/examples/timex < "$dir/$f.jsonl" > "$out/$f.sys.jsonl"
  echo "== $f"
  python3 "$dir/score_timex.py" "$dir/$f.jsonl" "$out/$f.sys.jsonl" > "$out/$f.score.json"
  python3 - "$out/$f.score.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
parts = ["%s F1 %.1f" % (k, d[k]["F1"]) for k in ("strict", "relaxed", "value", "type")]
print("  " + ", ".join(parts) + " (gold %d, system %d)" % (d["gold"], d["system"]))
PY
done
