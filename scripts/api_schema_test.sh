#!/usr/bin/env bash
# Checks the running API against its OpenAPI document with schemathesis (from PyPI, in a venv
# outside the repository): starts `storyfold serve` on a free loopback port over a store made
# from the sample corpus, runs the checks, stops the server.
# Usage: scripts/api_schema_test.sh [MAX_EXAMPLES]   (env VENV, default /tmp/storyfold-schemathesis;
# env SEED: the generator's seed, fixed by default so that CI is repeatable; SEED=random draws one,
# which is how to hunt for new failures: `SEED=random scripts/api_schema_test.sh 1000`)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-/tmp/storyfold-schemathesis}
[ -x "$venv/bin/schemathesis" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
cargo build --release -q
work=$(mktemp -d)
target/release/storyfold fold samples/corpus --db "$work/s.db" --no-progress > /dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token="schema-test-$RANDOM$RANDOM"
target/release/storyfold serve --db "$work/s.db" --bind "127.0.0.1:$port" --token "$token" 2> "$work/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
seed=(--seed "${SEED:-20261201}")
[ "${SEED:-}" = random ] && seed=()
"$venv/bin/schemathesis" run "http://127.0.0.1:$port/api/openapi.json" --url "http://127.0.0.1:$port" --max-examples "${1:-100}" "${seed[@]}"
# Writes: refused without the token or with a wrong one (and the store unchanged), accepted with it.
base="http://127.0.0.1:$port"
line='{"id":"schema-ingest-1","title":"Man hurt in Birch Street shooting","published":"2025-03-09","text":"LAKESIDE, Ohio - A man was wounded Saturday night on Birch Street, police said. He was taken to a hospital."}'
before=$(curl -s "$base/api/v1/events?limit=200" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["events"]))')
post() { curl -s -o "$work/post.json" -w '%{http_code}' -X POST -H 'Content-Type: application/x-ndjson' "$@" --data-binary "$line" "$base/api/v1/reports"; }
fail=0
expect() { # what want got
  if [ "$2" = "$3" ]; then echo "ok: $1 -> $3"; else echo "FAIL: $1 -> $3, want $2: $(cat "$work/post.json")"; fail=1; fi
}
expect "POST without a token" 401 "$(post)"
expect "POST with a wrong token" 401 "$(post -H "Authorization: Bearer wrong-$token")"
after=$(curl -s "$base/api/v1/events?limit=200" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["events"]))')
expect "events after refused writes" "$before" "$after"
expect "POST with the token" 200 "$(post -H "Authorization: Bearer $token")"
expect "the new report" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/reports/schema-ingest-1")"
exit $fail
