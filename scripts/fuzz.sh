#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for a bounded time, one after another.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# Environment:
#   FUZZ_DIR      work directory outside the repository (default /tmp/reqeng-fuzz): build products,
#                 the growing corpus per target, logs and crash artifacts live there between runs
#   FUZZ_TARGETS  space-separated subset of: txt md json vtt srt loader (default: all)
#   FUZZ_CONFIG   debug (default) or release
# Prints executions and coverage per target, appends them to $FUZZ_DIR/history.tsv, and exits
# non-zero when a target fails or leaves a crash, timeout, leak or out-of-memory artifact.
set -euo pipefail

seconds=${1:-60}
case $seconds in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2; exit 2 ;; esac
root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_DIR:-/tmp/reqeng-fuzz}
targets=${FUZZ_TARGETS:-txt md json vtt srt loader}
config=${FUZZ_CONFIG:-debug}
case $work/ in "$root"/*) echo "fuzz: FUZZ_DIR must lie outside the repository" >&2; exit 2 ;; esac
mkdir -p "$work/logs"

# `--sanitize=fuzzer` tells SwiftPM that libFuzzer supplies `main` (otherwise it links an empty one),
# and the single combined -Xswiftc flag, passed after it, is the one swiftc keeps: swiftc honours only
# the last -sanitize= it sees, and `--sanitize=fuzzer --sanitize=address` reaches it as two flags in
# no fixed order, so such a build silently loses either the coverage or the address checks.
build=(swift build --package-path "$root/Fuzz" --build-path "$work/build" -c "$config"
  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address)
echo "fuzz: building ($config, fuzzer + address sanitizers) into $work/build"
# The gold linker warns once per sanitizer helper symbol; those lines say nothing about our code.
if ! "${build[@]}" >"$work/logs/build.log" 2>&1; then
  grep -v "ld.gold: warning: Cannot export local symbol" "$work/logs/build.log" | tail -40 >&2
  echo "fuzz: build failed (full log: $work/logs/build.log)" >&2
  exit 1
fi
bin=$("${build[@]}" --show-bin-path)

failed=0
printf '%-8s %10s %8s %8s %8s %8s  %s\n' target seconds execs exec/s cov corpus result
for target in $targets; do
  exe=$bin/fuzz-$target
  [ -x "$exe" ] || { echo "fuzz: no target fuzz-$target (expected one of txt md json vtt srt loader)" >&2; exit 2; }
  corpus=$work/corpus/$target
  artifacts=$work/artifacts/$target
  log=$work/logs/$target.log
  mkdir -p "$corpus" "$artifacts"
  before=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  # New inputs go to the first corpus directory (kept in $work); the seeds in Fuzz/Corpus are only read.
  status=0
  "$exe" "$corpus" "$root/Fuzz/Corpus/$target" \
    -dict="$root/Fuzz/Dictionaries/$target.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  after=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  units=$(find "$corpus" -type f | wc -l)
  result=ok
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    result="FAILED (exit $status; artifacts in $artifacts; log $log)"
    failed=1
  elif [ -z "$cov" ]; then
    result="FAILED (no coverage reported: the build is not instrumented; log $log)"
    failed=1
  fi
  printf '%-8s %10s %8s %8s %8s %8s  %s\n' "$target" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$units" "$result"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$config" "$seconds" "${execs:-0}" \
    "${cov:-0}" "$units" "${result%% *}" >>"$work/history.tsv"
done

if [ "$failed" -ne 0 ]; then
  echo "fuzz: a target failed; reproduce with: $bin/fuzz-TARGET ARTIFACT, minimise with -minimize_crash=1" >&2
  exit 1
fi
echo "fuzz: no crash, timeout, leak or out-of-memory in any target (history: $work/history.tsv)"
