#!/usr/bin/env bash
# Checks `storyfold export --format parquet` with a reader other than ours (pyarrow, from
# PyPI): folds the sample corpus, exports events and reports as JSON Lines and as Parquet,
# and compares row counts and every value. Builds storyfold with the `parquet` feature.
#
#   scripts/parquet_check.sh            (VENV=/path to reuse a virtualenv)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-/tmp/storyfold-pyarrow-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyarrow" 2> /dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyarrow
fi
cargo build --release -q -p storyfold-cli --features parquet
bin=target/release/storyfold
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" fold samples/corpus --db "$dir/s.db" --no-progress > /dev/null 2>&1
for what in events reports; do
  "$bin" export --db "$dir/s.db" --what "$what" --format jsonl -o "$dir/$what.jsonl"
  "$bin" export --db "$dir/s.db" --what "$what" --format parquet -o "$dir/$what.parquet"
done
"$venv/bin/python" - "$dir" <<'PY'
import json, math, sys
import pyarrow.parquet as pq

d = sys.argv[1]
for what in ("events", "reports"):
    want = [json.loads(l) for l in open(f"{d}/{what}.jsonl")]
    table = pq.read_table(f"{d}/{what}.parquet")
    got = table.to_pylist()
    assert len(got) == len(want), f"{what}: {len(got)} parquet rows, {len(want)} jsonl rows"
    assert table.column_names == list(want[0].keys()), f"{what}: columns {table.column_names}"
    for i, (g, w) in enumerate(zip(got, want)):
        for k, wv in w.items():
            gv = g[k]
            same = (gv == wv) or (isinstance(wv, float) and gv is not None and math.isclose(gv, wv))
            assert same, f"{what} row {i} column {k}: parquet {gv!r}, jsonl {wv!r}"
    print(f"parquet: {what}: {len(got)} rows x {len(table.column_names)} columns, all values equal to the JSON Lines export (read by pyarrow {__import__('pyarrow').__version__})")
PY
