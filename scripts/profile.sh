#!/usr/bin/env bash
# Profile: user-space instructions per request, per benchmark scenario, counted by callgrind.
#
#   scripts/profile.sh     # ~10 min on a cold tree; writes bench/PROFILE.md
#
# Request rates drift on a shared machine; instruction counts barely do, so this is how a change
# to the request path is judged (scripts/bench.sh gives the rates). The server and the baseline
# are built in release mode with line tables (target/profile), run under valgrind's callgrind
# with instrumentation off, warmed up, then counted for a few seconds of wrk load (1 thread, 4
# connections; callgrind runs everything on one core). Kernel time (the socket and fsync system
# calls) is not counted. Per scenario the file lists the functions with the most instructions of
# their own.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in valgrind wrk; do
  command -v "$tool" >/dev/null || { apt-get install -y -qq "$tool" >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }; }
done
CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release --locked --quiet \
  --target-dir target/profile --bin d1-sandbox --example baseline
bin=target/profile/release

work=target/profile-work
rm -rf "$work"; mkdir -p "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 600); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; echo "nothing answers at $1"; exit 1; }

results="$work/results.tsv"; : >"$results"
# count NAME PID URL: zero the counters, count a 4 s load, dump; appends NAME, requests, Ir.
count() {
  local name=$1 pid=$2 url=$3
  wrk -t1 -c4 -d1s -s bench/request.lua "$url" >/dev/null
  callgrind_control -z "$pid" >/dev/null 2>&1
  callgrind_control -i on "$pid" >/dev/null 2>&1
  local out; out=$(wrk -t1 -c4 -d4s -s bench/request.lua "$url")
  callgrind_control -i off "$pid" >/dev/null 2>&1
  callgrind_control -d "$name" "$pid" >/dev/null 2>&1
  local n; n=$(echo "$out" | grep -oE '[0-9]+ requests in' | grep -oE '^[0-9]+')
  local file; file=$(grep -l "Trigger: dump $name\$" "$work"/cg.* | head -1)
  local ir; ir=$(awk '/^totals:/ { print $2 }' "$file")
  printf '%s\t%s\t%s\t%s\n' "$name" "$n" "$ir" "$file" >>"$results"
}

echo "== baseline"
base_port=$(free_port)
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/cg.%p" \
  "$bin/examples/baseline" "127.0.0.1:$base_port" >/dev/null 2>"$work/baseline.log" &
pids+=($!)
wait_for "http://127.0.0.1:$base_port/"
base_pid=$(pgrep -f "examples/baseline 127.0.0.1:$base_port" | head -1)
export BENCH_METHOD=GET BENCH_HEADERS= BENCH_BODY= BENCH_POOL=
count baseline "$base_pid" "http://127.0.0.1:$base_port/"

echo "== d1-sandbox"
port=$(free_port)
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/cg.%p" \
  "$bin/d1-sandbox" serve --listen "127.0.0.1:$port" --data-dir "$work/data" \
  >/dev/null 2>"$work/d1.log" &
pids+=($!)
d1="http://127.0.0.1:$port"
wait_for "$d1/healthz"
d1_pid=$(pgrep -f "d1-sandbox serve --listen 127.0.0.1:$port" | head -1)
creds="$work/data.credentials.json"
field() { python3 -c "import json,sys; d=json.load(open('$creds')); print(eval('d' + sys.argv[1]))" "$1"; }
client_id=$(field "['oauth']['client_id']"); client_secret=$(field "['oauth']['client_secret']")
api_key=$(field "['api_key']"); admin_key=$(field "['admin_key']"); issuer=$(field "['issuer_id']")
mgw=$(field "['merchant_gateway_id']"); merchant=$(field "['merchant_id']")
token=$(curl -s -u "$client_id:$client_secret" -d grant_type=client_credentials "$d1/oauth2/token" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
json=$'Content-Type: application/json'
curl -sf -o /dev/null -X POST "$d1/sandbox/issuers/$issuer/cards" -H "X-Admin-Key: $admin_key" -H "$json" \
  -d '{"pan":"4111111111111111","exp":"1230","cvv":"123","cardId":"bench-card"}'
curl -sf -o /dev/null -X POST "$d1/tsh-cof/notify-token-creation" -H "Authorization: APIKEY $api_key" \
  -H 'x-correlation-id: bench' -H "$json" -d "{\"merchantId\":\"$merchant\",\"tokenId\":\"bench-token\"}"
"$bin/d1-sandbox" encrypt-card --jwks "$d1/.well-known/jwks.json" --pan 4999990000000015 \
  --exp 1230 --cvv 123 --request --card-id bench-verify --count 3000 >"$work/jwe-pool.txt"

export BENCH_METHOD=POST BENCH_POOL=
export BENCH_HEADERS="Authorization: Bearer $token" BENCH_BODY=
count read "$d1_pid" "$d1/merchant-gateways/$mgw/merchants/$merchant/tokens/bench-token/notify-update"
export BENCH_HEADERS="Authorization: Bearer $token"$'\n'"$json"
export BENCH_BODY='{"operationId":"bench-op","operation":"DIGITIZE","status":"PENDING"}'
count write "$d1_pid" "$d1/notifications/d1/v1/issuers/$issuer/cards/bench-card/notifications"
export BENCH_HEADERS="Authorization: Basic $(printf '%s:%s' "$client_id" "$client_secret" | base64 -w0)"$'\n'"Content-Type: application/x-www-form-urlencoded"
export BENCH_BODY=grant_type=client_credentials
count token "$d1_pid" "$d1/oauth2/token"
export BENCH_HEADERS="Authorization: Bearer $token"$'\n'"$json" BENCH_BODY= BENCH_POOL="$work/jwe-pool.txt"
count verify "$d1_pid" "$d1/cms/api/v1/issuers/$issuer/cards/credentials"
export BENCH_BODY='{"encryptedData":"x","cardId":"bench","cardBin":"not-a-bin"}' BENCH_POOL=
count invalid "$d1_pid" "$d1/cms/api/v1/issuers/$issuer/cards/credentials"

echo "== report"
commit=$(git rev-parse --short HEAD)
{
  echo "# Profile: instructions per request"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M') UTC; commit \`$commit\`; written by \`scripts/profile.sh\`."
  echo "- User-space instructions counted by callgrind (release build with line tables), after a"
  echo "  warm-up, over 4 s of wrk load (1 thread, 4 connections). Kernel work (sockets, fsync)"
  echo "  is not counted. The scenarios are those of \`scripts/bench.sh\`."
  echo
  echo "| scenario | requests | instructions per request | × baseline |"
  echo "|---|---:|---:|---:|"
  awk -F'\t' '$1 == "baseline" { base = $3 / $2 } { rows[NR] = $0 }
    END { for (i = 1; i <= NR; i++) { split(rows[i], f, "\t"); per = f[3] / f[2];
      printf "| %s | %d | %.1f k | %.1f |\n", f[1], f[2], per / 1000, per / base } }' "$results"
  while IFS=$'\t' read -r name n _ file; do
    echo
    echo "## $name: the functions with the most instructions of their own"
    echo
    echo '```'
    # The function list follows the sixth rule of dashes in callgrind_annotate's output.
    callgrind_annotate "$file" 2>/dev/null | awk '/^-+$/ { dashes++; next } dashes == 6 && NF && shown++ < 12' |
      sed -E 's#/root/\.cargo/registry/src/[^/]+/##; s#/rustc/[0-9a-f]+/library/##; s# \[[^]]*\]$##' |
      awk -v n="$n" '{ count = $1; gsub(",", "", count); rest = $0
        sub(/^ *[0-9,]+ +\( *[0-9.]+%\) +/, "", rest)
        printf "%8.0f per request  %s\n", count / n, rest }' |
      cut -c1-160
    echo '```'
  done <"$results"
} >bench/PROFILE.md
cat bench/PROFILE.md
