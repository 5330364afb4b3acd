#!/usr/bin/env bash
# The partner check against d1-sandbox itself, through the command line, as a user runs it:
# starts the release server on a fresh data directory, prints each role's partner file with
# `d1-sandbox partner-file` and checks it with `d1-sandbox check` (Markdown and JUnit reports in
# the work directory). Exits non-zero if any scenario fails.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --release --quiet
bin=target/release/d1-sandbox
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
"$bin" serve --listen "127.0.0.1:$port" --data-dir "$work/data" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  curl -fs "$url/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
status=0
for role in issuer token-requestor merchant-gateway connecting-party; do
  "$bin" partner-file --role "$role" --data-dir "$work/data" --url "$url" >"$work/$role.yaml"
  if "$bin" check --partner "$work/$role.yaml" --report "$work/$role.md" --junit "$work/$role.xml" 2>/dev/null >"$work/$role.out"; then
    tail -n 1 "$work/$role.out"
  else
    cat "$work/$role.out"
    status=1
  fi
  grep -q '<testsuites>' "$work/$role.xml"
done
exit $status
