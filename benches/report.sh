#!/usr/bin/env bash
# The report page's figures, each against a baseline in the same run (the
# machine is shared and noisy; compare medians):
#
# - how long `planlint report` takes to write the page of the 10,000-plan
#   corpus, against reading every file (cat);
# - the size of the page of 720 plans (80 issuers x 3 years x 3 languages)
#   and how long it takes to open in headless Chromium, against a blank page.
#
#   benches/report.sh [RUNS]
#
# Needs hyperfine, python3 and chromium (apt-get install hyperfine chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
for program in hyperfine python3 chromium; do
  command -v "$program" >/dev/null || { echo "$program is needed" >&2; exit 2; }
done
cargo build --release --quiet --bin planlint --example make-corpus --example make-families
bin=target/release/planlint
corpus=target/corpus
families=target/families
target/release/examples/make-corpus "$corpus" 10000
rm -rf "$families"
target/release/examples/make-families "$families" 80

hyperfine --warmup 1 --runs "$runs" --ignore-failure --export-json target/report-write.json \
  --command-name "cat (baseline: read every file)" "find $corpus -name '*.txt' -print0 | xargs -0 cat > /dev/null" \
  --command-name "planlint report of 10000 plans" "$bin report $corpus --as-of 2026-11 -o target/report-corpus.html"
python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("median %9.1f ms  %s" % (r["median"] * 1000, r["command"]))' target/report-write.json
ls -l target/report-corpus.html

"$bin" report "$families" --as-of 2026-11 -o target/report-720.html
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>\n' \
  > target/blank.html
python3 benches/open-page.py --runs "$runs" target/blank.html target/report-720.html
