#!/usr/bin/env bash
# Runs every cargo-fuzz target (fuzz/fuzz_targets) for SECONDS each (default 600), one after
# the other, starting from the project's fixtures and fuzz/seeds/<target>, plus the corpus grown by
# earlier runs (fuzz/corpus/<target>, not committed). Prints one line per target with the
# number of executions; a crash stops the script with the target's artifact path.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes nightly-only flags to rustc
# (sanitizer, coverage passes); this machine has only the stable toolchain, so the script sets
# RUSTC_BOOTSTRAP=1 for the fuzz build alone.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list 2>/dev/null || ls fuzz_targets | sed 's/\.rs$//')
fi
command -v cargo-fuzz > /dev/null || { echo "fuzz: cargo-fuzz is missing (cargo install cargo-fuzz)" >&2; exit 2; }
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
mkdir -p logs
# Seeds: the project's own fixtures (fictional reports), plus fuzz/seeds/<target> for the
# shapes no fixture has.
seeds() {
  case $1 in
    text_report | clean_facts) echo ../samples/corpus ;;
    html_page) echo ../tests/html/pages ;;
    feed) echo ../tests/feeds ;;
  esac
  [ -d "seeds/$1" ] && echo "seeds/$1"
  return 0
}
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  log="logs/$t.log"
  echo "fuzz: $t for ${secs}s (log: fuzz/$log)"
  if ! cargo fuzz run -O "$t" "corpus/$t" $(seeds "$t") -- \
      -max_total_time="$secs" -rss_limit_mb=4096 -max_len=262144 -timeout=20 -print_final_stats=1 \
      > "$log" 2>&1; then
    echo "fuzz: $t FAILED; see fuzz/$log and fuzz/artifacts/$t/" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
  echo "fuzz: $t ok: ${runs:-?} executions in ${secs}s, ${cov:-cov: ?}, corpus $(ls "corpus/$t" | wc -l) inputs"
done
