#!/usr/bin/env bash
# bench/copies.sh — storyfold's copies stage side by side with the peer MinHash-LSH libraries
# (datasketch, rensa, gaoya, FastSketchLSH, ...) on the planted-syndication corpus of
# ../shared/bench/dedup, scored by that folder's own evaluate.py.
#
# What it does
#   1. runs the peer harness ../shared/bench/dedup/run.sh (venv from its requirements.txt, every peer
#      in a fresh process, per-run JSON + predicted pairs .npy in $RESULTS/j080 and j050, results.md);
#   2. right after, in the same run, times `storyfold copies --json CORPUS` with /usr/bin/time -v
#      (wall, user+sys CPU, max RSS) for each thread setting (RAYON_NUM_THREADS=t) and repeat, and
#      writes each run in the peers' format as $RESULTS/j080/storyfold__batch__t{t}__r{r}.{json,npy};
#   3. re-runs the shared evaluate.py on $RESULTS/j080 with the venv's python (storyfold is scored by
#      the same code as the peers) and regenerates $RESULTS/results.md with the shared report.py;
#   4. prints the comparison table of bench/copies_report.py (also saved as $RESULTS/copies_report.md
#      and appended to results.md).
#
# How to run (from anywhere; builds nothing — needs target/release/storyfold, `cargo build --release`):
#   bash bench/copies.sh                        # 3 repeats, threads "1 2"
#   REPEATS=1 THREADS=1 bash bench/copies.sh    # quick run (~3 min incl. the venv install)
# Environment (defaults in brackets):
#   VENV    [/tmp/storyfold-peers-venv]    peers' venv (created by run.sh; needs PyPI the first time)
#   RESULTS [/tmp/storyfold-peer-results]  all outputs
#   WORK    [/tmp/storyfold-peer-work]     run.sh scratch (kept out of ../shared, which is read-only data)
#   REPEATS [3], THREADS ["1 2"]           passed to run.sh and used for storyfold's runs
# Skips (exit 0) when ../shared/bench/dedup is absent. Needs /usr/bin/time (GNU time) and python3.
set -euo pipefail
T_START=$(date +%s)
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="$ROOT/../shared/bench/dedup"
if [ ! -f "$SHARED/run.sh" ] || [ ! -f "$SHARED/evaluate.py" ]; then
  echo "copies.sh: skipped: $SHARED (peer harness) is absent"
  exit 0
fi
SHARED="$(cd "$SHARED" && pwd)"
BIN="$ROOT/target/release/storyfold"
if [ ! -x "$BIN" ]; then
  echo "copies.sh: $BIN is missing; build it first with: (cd $ROOT && cargo build --release)" >&2
  exit 1
fi
if [ ! -x /usr/bin/time ]; then
  echo "copies.sh: /usr/bin/time (GNU time) is needed for wall/CPU/max-RSS of storyfold" >&2
  exit 1
fi

export VENV="${VENV:-/tmp/storyfold-peers-venv}"
export RESULTS="${RESULTS:-/tmp/storyfold-peer-results}"
export WORK="${WORK:-/tmp/storyfold-peer-work}"
export VENV_TD="${VENV_TD:-/tmp/storyfold-peers-venv-td}"   # only used by run.sh with WITH_TEXT_DEDUP=1
export REPEATS="${REPEATS:-3}"
export THREADS="${THREADS:-1 2}"
export PYTHONDONTWRITEBYTECODE=1   # no __pycache__ inside ../shared
CORPUS="${CORPUS:-$SHARED/corpus.jsonl}"
export CORPUS
case "$RESULTS" in "$SHARED"*|"$ROOT"*) echo "copies.sh: RESULTS must be outside the repo and ../shared" >&2; exit 2;; esac
case "$VENV" in "$SHARED"*|"$ROOT"*) echo "copies.sh: VENV must be outside the repo and ../shared" >&2; exit 2;; esac
case "$WORK" in "$SHARED"*|"$ROOT"*) echo "copies.sh: WORK must be outside the repo and ../shared" >&2; exit 2;; esac

# ---------------------------------------------------------------- 1. peers (the shared harness, unchanged)
echo "== peers: $SHARED/run.sh  (VENV=$VENV RESULTS=$RESULTS REPEATS=$REPEATS THREADS=\"$THREADS\")"
T_PEERS=$(date +%s)
mkdir -p "$RESULTS"
LOG="$RESULTS/run_sh.log"
bash "$SHARED/run.sh" > "$LOG" 2>&1 || { tail -n 40 "$LOG" >&2; echo "copies.sh: run.sh failed (log: $LOG)" >&2; exit 1; }
echo "   $(grep -c '^done ' "$LOG") peer runs in $(( $(date +%s) - T_PEERS )) s (log: $LOG)"
PY="$VENV/bin/python"

# ---------------------------------------------------------------- 2. storyfold, same run, same machine
echo "== storyfold copies: $BIN ($("$BIN" --version 2>/dev/null || echo '?'))"
TMP="$(mktemp -d /tmp/storyfold-copies.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$RESULTS/j080"
for r in $(seq 1 "$REPEATS"); do
  for t in $THREADS; do
    load0=$(cut -d' ' -f1 /proc/loadavg)
    RAYON_NUM_THREADS="$t" /usr/bin/time -v -o "$TMP/time.txt" \
      "$BIN" copies --json "$CORPUS" > "$TMP/out.jsonl" 2> "$TMP/stderr.txt" \
      || { cat "$TMP/stderr.txt" "$TMP/time.txt" >&2; echo "copies.sh: storyfold copies failed" >&2; exit 1; }
    load1=$(cut -d' ' -f1 /proc/loadavg)
    "$PY" "$HERE/copies_report.py" ingest --corpus "$CORPUS" --threads "$t" --repeat "$r" \
      --copies "$TMP/out.jsonl" --time "$TMP/time.txt" --bin "$BIN" --loadavg "$load0" "$load1" \
      --out-json "$RESULTS/j080/storyfold__batch__t${t}__r${r}.json" \
      --out-pairs "$RESULTS/j080/storyfold__batch__t${t}__r${r}.npy"
  done
done

# ---------------------------------------------------------------- 3. evaluate everything with the shared code
echo "== re-evaluating $RESULTS/j080 with $SHARED/evaluate.py (peers + storyfold)"
"$PY" "$SHARED/evaluate.py" --corpus "$CORPUS" --results "$RESULTS/j080" --threshold 0.8 > "$RESULTS/eval_j080.log"
echo "loadavg after storyfold: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
"$PY" "$SHARED/report.py" --results "$RESULTS" > "$RESULTS/results.md"

# ---------------------------------------------------------------- 4. comparison table
"$PY" "$HERE/copies_report.py" table --results "$RESULTS" > "$RESULTS/copies_report.md"
{ echo; echo "## storyfold copies vs peers (bench/copies_report.py)"; echo
  echo "(In report.py's batch speed table above, storyfold's row has no phase columns, version '?' and"
  echo "'end-to-end CPU s' 0.000: report.py sums per-phase CPU keys that a whole-command measurement does not"
  echo "have. Its CPU time is in the table below.)"; echo
  cat "$RESULTS/copies_report.md"; } >> "$RESULTS/results.md"
echo
cat "$RESULTS/copies_report.md"
echo
echo "full tables: $RESULTS/results.md; per-run JSON + pairs: $RESULTS/j080/; total $(( $(date +%s) - T_START )) s"
