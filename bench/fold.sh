#!/usr/bin/env bash
# Scale benchmark of the whole fold: generates N synthetic reports (storyfold-synth) for each N,
# folds them into a fresh on-disk store and prints wall time, throughput, peak RSS, bytes per
# report and each stage's start time and memory (STORYFOLD_STAGE_LOG).
# Usage: bench/fold.sh [N...]      (default: 10000 100000 1000000)
#        WORK=/tmp/dir bench/fold.sh   (scratch folder for the JSONL and the stores)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
work=${WORK:-/tmp/storyfold-fold-bench}
mkdir -p "$work"
cargo build --release -q -p storyfold-cli -p storyfold-synth
printf '| reports | input MB | wall s | reports/s | peak RSS MiB | KB per report | events |\n|---:|---:|---:|---:|---:|---:|---:|\n' > "$work/table.md"
for n in "${sizes[@]}"; do
  input="$work/synth-$n.jsonl"
  [ -s "$input" ] || target/release/storyfold-synth "$n" > "$input"
  rm -f "$work/fold-$n.db" "$work/fold-$n.db-wal" "$work/fold-$n.db-shm"
  STORYFOLD_STAGE_LOG=1 /usr/bin/time -f 'time: %e s wall, %U s user, %M KB max rss' \
    target/release/storyfold fold --no-progress --db "$work/fold-$n.db" "$input" \
    > /dev/null 2> "$work/fold-$n.log"
  grep -E '^storyfold: stage' "$work/fold-$n.log" | sed "s/^/  $n: /"
  python3 - "$n" "$input" "$work/fold-$n.log" >> "$work/table.md" <<'PY'
import os, re, sys
n, path, log = int(sys.argv[1]), sys.argv[2], open(sys.argv[3]).read()
wall = float(re.search(r'time: ([\d.]+) s wall', log).group(1))
rss_kb = int(re.search(r'([\d]+) KB max rss', log).group(1))
events = int(re.search(r'(\d+) events in store', log).group(1))
mb = os.path.getsize(path) / 1e6
print(f"| {n:,} | {mb:,.0f} | {wall:,.1f} | {n / wall:,.0f} | {rss_kb / 1024:,.0f} | {rss_kb / n:,.2f} | {events:,} |")
PY
done
cat "$work/table.md"
