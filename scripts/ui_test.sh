#!/usr/bin/env bash
# Drives the web pages in headless Chromium (Debian's `chromium`; installed with apt-get when
# missing) as a reader would: serves the sample corpus on a free loopback port, loads the event
# list, an event page and a report page, checks what they show, and saves screenshots at
# desktop and phone widths into OUT (default /tmp/storyfold-ui).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/storyfold-ui}
mkdir -p "$out"
command -v chromium > /dev/null || { apt-get update -qq && apt-get install -y -qq chromium > /dev/null; }
cargo build --release -q
work=$(mktemp -d)
target/release/storyfold fold samples/corpus --db "$work/s.db" --no-progress > /dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/release/storyfold serve --db "$work/s.db" --bind "127.0.0.1:$port" 2> "$work/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.1; done
chrome() { chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chrome-$RANDOM" "$@" 2> /dev/null; }
fail=0
check() { # page text...
  local url=$1; shift
  local dom; dom=$(chrome --dump-dom "$url")
  for want in "$@"; do
    if grep -qF -- "$want" <<< "$dom"; then echo "ok: $url shows $want"; else echo "FAIL: $url lacks $want"; fail=1; fi
  done
}
event=$(curl -s "$base/api/v1/events?state=Missouri" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
check "$base/" "Springfield, Missouri" "Columbus, Ohio"
check "$base/events/$event" "Darnell Whitfield" "syndicated" "excerpt" "Sentences behind the facts" "Timeline"
check "$base/reports/014_teen-killed-springfield-block-party-scrape.txt" "Boilerplate taken out" "syndicated of"
# The canonical seeds (../shared/seeds, real articles kept outside the repository): one event,
# the copy group of 000 and 001 with their diff, 002 beside them, facts linked to sentences.
if [ -d ../shared/seeds ]; then
  target/release/storyfold fold ../shared/seeds --db "$work/seeds.db" --no-progress > /dev/null
  sport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  target/release/storyfold serve --db "$work/seeds.db" --bind "127.0.0.1:$sport" 2>> "$work/serve.log" &
  spid=$!
  trap 'kill $pid $spid 2>/dev/null; rm -rf "$work"' EXIT
  sbase="http://127.0.0.1:$sport"
  for _ in $(seq 50); do curl -sf "$sbase/healthz" > /dev/null && break; sleep 0.1; done
  sevent=$(curl -s "$sbase/api/v1/events" | python3 -c 'import json,sys; e=json.load(sys.stdin)["events"]; assert len(e)==1, e; print(e[0]["id"])')
  check "$sbase/events/$sevent" "Independence" "Missouri" "Cody Allen" "syndicated: <a href=\"/reports/001_" \
    "/reports/000_" "/reports/002_" "same text as 000_" "class=\"added boiler\"" "Sentences behind the facts"
  for w in 1200 390; do
    chrome --window-size=$w,2400 --screenshot="$out/seeds-event-$w.png" "$sbase/events/$sevent" > /dev/null
  done
else
  echo "skipped: seeds page checks (../shared/seeds is absent)"
fi
for w in 1200 390; do
  chrome --window-size=$w,1600 --screenshot="$out/event-$w.png" "$base/events/$event" > /dev/null
  chrome --window-size=$w,1200 --screenshot="$out/index-$w.png" "$base/" > /dev/null
done
echo "screenshots in $out"
exit $fail
