#!/usr/bin/env bash
# Measures the clean debug build and the rebuild after one document changes, of a checkout.
# usage: scripts/build-times.sh <absolute path of a clean checkout> (its target-bt/ is removed after).
# Issue 17 compares the generator before and after its constructs with it.
set -euo pipefail
cd "$1"
export CARGO_TARGET_DIR="$1/target-bt"
rm -rf "$CARGO_TARGET_DIR"
cargo fetch --locked -q
s=$(date +%s.%N); cargo build --locked -q 2>/dev/null; e=$(date +%s.%N)
clean=$(echo "$e - $s" | bc)
# A change that alters one document's generated code: a new sentence in an operation's summary.
backup=$(mktemp)
cp openapi/card-api.yaml "$backup"
sed -i '0,/summary: /s/summary: \(.*\)/summary: \1 (timed)/' openapi/card-api.yaml
s=$(date +%s.%N); cargo build --locked -q 2>/dev/null; e=$(date +%s.%N)
one=$(echo "$e - $s" | bc)
cp "$backup" openapi/card-api.yaml
s=$(date +%s.%N); cargo build --locked -q 2>/dev/null; e=$(date +%s.%N)
back=$(echo "$e - $s" | bc)
echo "clean=${clean}s one-document=${one}s restore=${back}s ($(git rev-parse --short HEAD))"
rm -rf "$CARGO_TARGET_DIR"
