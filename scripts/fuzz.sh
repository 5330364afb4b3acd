#!/usr/bin/env bash
# Fuzz: random inputs (mutations of valid seeds) against every parser of untrusted bytes (JWE
# parsing and decryption, card data, every JSON request body, the token endpoint's form body),
# in release mode, for a given time. Stable Rust only: the driver is the integration test
# `fuzz::random_inputs_never_panic_a_parser`, which `cargo test` runs for 3 s.
#
#   scripts/fuzz.sh [SECONDS] [SEED]     # default 600 s, a random seed (printed, to replay)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
export D1_FUZZ_SECONDS=$seconds
if [ -n "${2:-}" ]; then export D1_FUZZ_SEED=$2; fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if cargo test --release --locked --test integration -- --exact \
  fuzz::random_inputs_never_panic_a_parser --nocapture >"$out" 2>&1; then
  grep -E "^fuzz:" "$out"
else
  tail -n 40 "$out"
  exit 1
fi
