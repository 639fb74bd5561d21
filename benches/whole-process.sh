#!/usr/bin/env bash
# Whole-process timings of the planlint binary, each against a baseline in
# the same run (the machine is shared and noisy; compare medians).
#
#   benches/whole-process.sh [DIR] [COUNT]
#
# Needs hyperfine (apt-get install hyperfine, or cargo install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/corpus}
count=${2:-10000}
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }
cargo build --release --quiet
cargo run --release --quiet --example make-corpus -- "$dir" "$count"
bin=target/release/planlint
hyperfine --warmup 1 --runs 10 --ignore-failure \
  --command-name "cat (baseline: read every file)" "find $dir -name '*.txt' -print0 | xargs -0 cat > /dev/null" \
  --command-name "planlint check $count files --format json" "$bin check $dir --format json > /dev/null"
hyperfine --warmup 3 --runs 50 --shell=none \
  --command-name "true (baseline: start a process)" "true" \
  --command-name "planlint check one seed" "$bin check seeds/itc-2022-2024.txt"
