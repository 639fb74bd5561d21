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
medians() {
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("median %9.1f ms  %s" % (r["median"] * 1000, r["command"]))' "$1"
}
hyperfine --warmup 1 --runs 10 --ignore-failure --export-json target/whole-process-corpus.json \
  --command-name "cat (baseline: read every file)" "find $dir -name '*.txt' -print0 | xargs -0 cat > /dev/null" \
  --command-name "planlint check $count files --format json" "$bin check $dir --format json > /dev/null"
medians target/whole-process-corpus.json
hyperfine --warmup 3 --runs 50 --shell=none --export-json target/whole-process-seed.json \
  --command-name "true (baseline: start a process)" "true" \
  --command-name "planlint check one seed" "$bin check seeds/itc-2022-2024.txt"
medians target/whole-process-seed.json
