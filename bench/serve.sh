#!/usr/bin/env bash
# Load benchmark of `storyfold serve`: folds the sample corpus into a temporary store, serves it
# on a free loopback port and runs wrk (Debian's `wrk`) against an event read (the event with
# the most reports), a full-text search and the event list. Prints requests/s, latency
# percentiles and errors per endpoint. wrk and the server share the machine's cores.
#
#   bash bench/serve.sh            (DURATION=10s THREADS=2 CONNECTIONS=32 to change the load)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "serve bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }
duration=${DURATION:-10s}
threads=${THREADS:-2}
conns=${CONNECTIONS:-32}
cargo build --release -q
work=$(mktemp -d)
target/release/storyfold fold samples/corpus --db "$work/s.db" --no-progress > /dev/null 2>&1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/release/storyfold serve --db "$work/s.db" --bind "127.0.0.1:$port" 2> "$work/serve.log" &
server=$!
trap 'kill $server 2> /dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.1; done
event=$(curl -s "$base/api/v1/events?limit=100" | python3 -c '
import json, sys
events = json.load(sys.stdin)["events"]
print(max(events, key=lambda e: (e["reports"], e["id"]))["id"])')
reports=$(curl -s "$base/api/v1/events/$event" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["reports"]))')
printf '| endpoint | requests/s | p50 | p90 | p99 | errors |\n|---|---:|---:|---:|---:|---:|\n'
bench() { # label path
  local out
  out=$(wrk -t"$threads" -c"$conns" -d"$duration" --latency "$base$2")
  local rps p50 p90 p99 errors
  rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' <<< "$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
  p90=$(awk '$1 == "90%" { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  errors=$(awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }' <<< "$out")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p90" "$p99" "$errors"
}
bench "GET /api/v1/events/ID ($reports-report event)" "/api/v1/events/$event"
bench "GET /api/v1/search?q=shooting" "/api/v1/search?q=shooting"
bench "GET /api/v1/events" "/api/v1/events"
bench "GET /events/ID (page)" "/events/$event"
echo "(wrk -t$threads -c$conns -d$duration, loopback, release build, sample corpus store; $(nproc) cores shared by wrk and the server)"
