#!/usr/bin/env bash
# Checks the running API against its OpenAPI document with schemathesis (from PyPI, in a venv
# outside the repository): starts `storyfold serve` on a free loopback port over a store made
# from the sample corpus, runs the checks, stops the server.
# Usage: scripts/api_schema_test.sh [MAX_EXAMPLES]   (env VENV, default /tmp/storyfold-schemathesis)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-/tmp/storyfold-schemathesis}
[ -x "$venv/bin/schemathesis" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
cargo build --release -q
work=$(mktemp -d)
target/release/storyfold fold samples/corpus --db "$work/s.db" --no-progress > /dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/release/storyfold serve --db "$work/s.db" --bind "127.0.0.1:$port" 2> "$work/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
"$venv/bin/schemathesis" run "http://127.0.0.1:$port/api/openapi.json" --url "http://127.0.0.1:$port" --max-examples "${1:-100}"
