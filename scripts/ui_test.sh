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
for w in 1200 390; do
  chrome --window-size=$w,1600 --screenshot="$out/event-$w.png" "$base/events/$event" > /dev/null
  chrome --window-size=$w,1200 --screenshot="$out/index-$w.png" "$base/" > /dev/null
done
echo "screenshots in $out"
exit $fail
