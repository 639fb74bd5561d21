#!/usr/bin/env bash
# Whole-process timings of the planlint binary, each beside baselines that
# read the same files, from the same run (the machine is shared and noisy;
# compare medians, never figures from different runs).
#
#   benches/whole-process.sh [DIR] [COUNT] [RUNS]
#
# For each command, from the same runs: the median wall time and the mean
# CPU time (user + system) that hyperfine measures, and the median peak
# memory (GNU time's maximum resident set size). Cases: the corpus of COUNT plans (default
# 10,000, ~95 MB), one 100 MB plan (a million rows), and one seed.
#
# With BEFORE=path/to/an/older/planlint, that binary is timed in the same
# runs too, for a before-and-after comparison.
#
# Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/corpus}
count=${2:-10000}
runs=${3:-10}
for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
# NO_BUILD=1 times the binaries already built.
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet --bin planlint --example make-corpus --example make-large-plan
[ -d "$dir" ] || target/release/examples/make-corpus "$dir" "$count"
large=target/large-plan.txt
[ -f "$large" ] || target/release/examples/make-large-plan "$large" 100
bin=target/release/planlint
out=target/whole-process
rm -rf "$out" && mkdir -p "$out"

# bench NAME WARMUP RUNS (LABEL COMMAND)...: hyperfine over each command,
# each run under GNU time, which appends "user system maxrss" to a file.
bench() {
  local name=$1 warmup=$2 n=$3
  shift 3
  local args=()
  local i=0
  while [ $# -gt 0 ]; do
    args+=(--command-name "$1" "/usr/bin/time -f '%U %S %M' -a -o $out/$name.$i.time sh -c '$2'")
    shift 2
    i=$((i + 1))
  done
  # Warm-up runs are timed too; the first lines of each file are dropped.
  hyperfine --warmup "$warmup" --runs "$n" --ignore-failure --style basic \
    --export-json "$out/$name.json" "${args[@]}" >/dev/null
  python3 - "$out" "$name" "$warmup" <<'EOF'
import json, statistics, sys
out, name, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3])
print(f"\n{name}: medians of the same runs")
print(f"{'command':<48} {'wall ms':>9} {'CPU ms':>9} {'peak MB':>8}")
print(f"{'':<48} {'(median)':>9} {'(mean)':>9} {'(median)':>8}")
for i, r in enumerate(json.load(open(f"{out}/{name}.json"))["results"]):
    rows = [l.split() for l in open(f"{out}/{name}.{i}.time") if l[:1].isdigit()]
    peak = statistics.median(int(m) for _, _, m in rows[warmup:]) / 1024
    # hyperfine's CPU time is exact (GNU time counts in 10 ms steps) but a
    # mean; the wall time is the median.
    cpu = (r["user"] + r["system"]) * 1000
    print(f"{r['command']:<48} {r['median'] * 1000:9.1f} {cpu:9.1f} {peak:8.1f}")
EOF
}

files="find $dir -name \"*.txt\" -print0 | xargs -0"
# grep writes its counts to a file: GNU grep sees an output of /dev/null
# and stops each file at its first match, which reads almost nothing.
before=()
[ -n "${BEFORE:-}" ] && before=("planlint before, $count plans" "$BEFORE check $dir --format json > /dev/null")
bench corpus 2 "$runs" "${before[@]}" \
  "cat (read every file)" "$files cat > /dev/null" \
  "grep -c TAB" "$files grep -c \"\$(printf \"\\t\")\" > $out/grep-count.txt" \
  "wc -l" "$files wc -l > /dev/null" \
  "planlint check $count plans --format json" "$bin check $dir --format json > /dev/null"

before=()
[ -n "${BEFORE:-}" ] && before=("planlint before, 100 MB plan" "$BEFORE check $large --format json > /dev/null")
bench large 1 "$runs" "${before[@]}" \
  "cat (read the file)" "cat $large > /dev/null" \
  "grep -c TAB" "grep -c \"\$(printf \"\\t\")\" $large > $out/grep-count.txt" \
  "wc -l" "wc -l $large > /dev/null" \
  "planlint check one 100 MB plan --format json" "$bin check $large --format json > /dev/null"

bench seed 3 "$((runs * 5))" \
  "true (start a process)" "true" \
  "cat" "cat seeds/itc-2022-2024.txt > /dev/null" \
  "planlint check one seed" "$bin check seeds/itc-2022-2024.txt > /dev/null"
