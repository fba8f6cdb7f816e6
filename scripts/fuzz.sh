#!/usr/bin/env bash
# Run each fuzz target for a bounded time on stable Rust (no sanitizer).
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# Needs cargo-fuzz: cargo install cargo-fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
for target in jsonl_record text_pipeline; do
  echo "== $target for ${secs}s"
  cargo fuzz run -s none "$target" -- -max_total_time="$secs" -max_len=65536
done
