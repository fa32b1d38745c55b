#!/usr/bin/env bash
# Runs storyfold on every labelled data set in ../shared that is present and scores it.
# Usage: scripts/eval.sh [OUT_DIR]   (default /tmp/storyfold-eval)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
out=${1:-/tmp/storyfold-eval}
mkdir -p "$out"
if [ ! -d "$shared/eval" ]; then
  echo "skipped: $shared/eval is absent"
  exit 0
fi
cargo build --release -q
bin=target/release/storyfold
run() { # name input [score args...]
  local name=$1 input=$2; shift 2
  if [ ! -e "$input" ]; then echo "$name: skipped ($input absent)"; return; fi
  rm -f "$out/$name.db"
  local t0=$(date +%s.%N)
  "$bin" fold --json --no-progress --db "$out/$name.db" "$input" > "$out/$name.pred.jsonl" 2> "$out/$name.stderr"
  local t1=$(date +%s.%N)
  python3 "$shared/eval/score.py" --pred "$out/$name.pred.jsonl" "$@" > "$out/$name.score.txt" || true
  printf '%s: fold %.1fs\n  %s\n' "$name" "$(python3 -c "print($t1 - $t0)")" "$(tail -n 1 "$out/$name.score.txt")"
}
run gva "$shared/eval/gva/articles.jsonl" --gold "$shared/eval/gva/articles.jsonl" --incidents "$shared/eval/gva/incidents.jsonl"
run gvdb "$shared/eval/gvdb/articles.jsonl" --gold "$shared/eval/gvdb/articles.jsonl" --incidents "$shared/eval/gvdb/incidents.jsonl"
run ecbplus "$shared/eval/ecbplus/articles.jsonl" --gold "$shared/eval/ecbplus/articles.jsonl"
if [ -e "$shared/eval/ecbplus/articles.jsonl" ]; then
  echo "  $(python3 scripts/ecb_dev_topics.py "$shared/eval/ecbplus/articles.jsonl" "$out/ecbplus.pred.jsonl")"
fi
run googlenews_ts "$shared/eval/googlenews_ts/articles.jsonl" --gold "$shared/eval/googlenews_ts/articles.jsonl"
run dedup "$shared/bench/dedup/corpus.jsonl" --gold "$shared/bench/dedup/corpus.jsonl"
echo "full reports in $out/*.score.txt"
