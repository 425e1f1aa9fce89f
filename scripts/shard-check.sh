#!/usr/bin/env bash
# Shard-and-merge check of the real binary: runs a generated corpus once whole and once as three
# shards (--shard i/3), merges the shards, and requires that
#   - rd/ of the merge is byte-identical to the single run's (diff -r),
#   - the merged metrics.prom passes `promtool check metrics`,
#   - every counter that depends only on the inputs equals the single run's,
#   - merging again changes no file, and the store holds one run that passes integrity_check,
#   - shards of another configuration are refused with exit 78, overlapping shards with 65.
# Usage: scripts/shard-check.sh PATH/TO/reqeng [PROJECTS]
set -euo pipefail

bin=$(realpath "${1:?usage: scripts/shard-check.sh PATH/TO/reqeng [PROJECTS]}")
projects=${2:-12}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600
python3 "$root/scripts/gen_corpus.py" "$work/corpus" --projects "$projects" --sessions-per-project 2 --turns 30
cd "$root"

status=0
ok() { echo "shard-check: ok   $*"; }
fail() {
  echo "shard-check: FAIL $*"
  status=1
}

"$bin" run "$work/corpus" --output "$work/single" 2>/dev/null
for i in 0 1 2; do
  "$bin" run "$work/corpus" --output "$work/shard-$i" --shard "$i/3" 2>/dev/null
done
start=$(date +%s%N)
"$bin" merge "$work/shard-0" "$work/shard-1" "$work/shard-2" --output "$work/merged"
echo "shard-check: merge of 3 shards ($projects projects) took $((($(date +%s%N) - start) / 1000000)) ms"

if diff -r "$work/single/rd" "$work/merged/rd" >/dev/null; then
  ok "rd/ of the merge is byte-identical to the single run ($(find "$work/merged/rd" -type f | wc -l) files)"
else
  fail "rd/ of the merge differs from the single run"
fi

if ! command -v promtool >/dev/null; then
  fail "promtool not found (make deps installs it)"
elif promtool check metrics <"$work/merged/metrics/metrics.prom"; then
  ok "merged metrics.prom passes promtool check metrics"
else
  fail "promtool check metrics rejects the merged metrics.prom"
fi

if python3 - "$work/single/metrics/metrics.json" "$work/merged/metrics/metrics.json" <<'EOF'; then
import json, sys

COUNTERS = ["agent_invocations_total", "requirements_extracted_total", "requirements_validation_issues_total",
            "sessions_created_total", "rd_documents_generated_total", "reqeng_input_errors_total"]

def series(path):
    values = {}
    for family in json.load(open(path))["families"]:
        if family["name"] in COUNTERS or family["name"] == "agent_confidence_score":
            for entry in family["series"]:
                key = (family["name"], tuple(sorted(entry["labels"].items())))
                values[key] = entry.get("value", entry.get("buckets"))
    return values

single, merged = series(sys.argv[1]), series(sys.argv[2])
for key in sorted(set(single) | set(merged)):
    if single.get(key) != merged.get(key):
        print(f"  {key}: single {single.get(key)} merged {merged.get(key)}")
sys.exit(0 if single == merged and single else 1)
EOF
  ok "deterministic counters and agent_confidence_score equal the single run's"
else
  fail "merged counters differ from the single run's"
fi

fingerprint() { (cd "$1" && find . -type f ! -name 'reqeng.sqlite*' ! -name '.reqeng.lock' -exec sha256sum {} + | sort); }
before=$(fingerprint "$work/merged")
"$bin" merge "$work/shard-0" "$work/shard-1" "$work/shard-2" --output "$work/merged" 2>/dev/null
if [ "$before" = "$(fingerprint "$work/merged")" ]; then ok "merging again changes no file"; else
  fail "merging again changed files"
fi
if python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
runs = db.execute("select count(*) from runs").fetchone()[0]
sys.exit(0 if runs == 1 and db.execute("pragma integrity_check").fetchone()[0] == "ok" else 1)' "$work/merged/reqeng.sqlite"; then
  ok "merged store holds one run and passes integrity_check"
else
  fail "merged store does not hold exactly one sound run"
fi

"$bin" run "$work/corpus" --output "$work/other" --shard 1/3 --max-refinements 0 2>/dev/null
code=0
"$bin" merge "$work/shard-0" "$work/other" --output "$work/mismatch" 2>"$work/mismatch.err" || code=$?
if [ "$code" -eq 78 ] && grep -q "different configurations" "$work/mismatch.err"; then
  ok "shards of another configuration are refused (exit 78)"
else
  fail "mismatched shards gave exit $code: $(cat "$work/mismatch.err")"
fi
cp -r "$work/shard-0" "$work/shard-0-copy"
code=0
"$bin" merge "$work/shard-0" "$work/shard-0-copy" --output "$work/overlap" 2>"$work/overlap.err" || code=$?
if [ "$code" -eq 65 ]; then ok "overlapping shards are refused (exit 65)"; else
  fail "overlapping shards gave exit $code: $(cat "$work/overlap.err")"
fi
exit "$status"
