#!/usr/bin/env bash
# End-to-end benchmark of the release binary on generated corpora (scripts/gen_corpus.py):
# transcripts/s and RD pages/s for 1, 2 and all cores, peak memory, the unchanged-rerun time, and
# how per-transcript time grows with a corpus ten times larger, and what reruns cost against a full
# run (nothing changed, one transcript changed). Medians of RUNS runs.
# Usage: scripts/bench.sh [BASE_PROJECTS=50] [RUNS=5] [RERUN_PROJECTS=60]
#   (each project holds 2 transcripts of 80 turns)
# BENCH_ONLY=reruns measures the reruns alone; REQENG_BIN measures another binary (no build).
# The full benchmark also measures reruns at LARGE_RERUN_PROJECTS (default 5000: 10,000 transcripts,
# about 6 minutes a round) for LARGE_RERUN_RUNS rounds (default 1); LARGE_RERUN_PROJECTS=0 skips it.
set -euo pipefail

base=${1:-50}
runs=${2:-5}
rerun_projects=${3:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -n "${REQENG_BIN:-}" ]; then
  bin=$REQENG_BIN
else
  swift build -c release --product reqeng >/dev/null
  bin="$root/.build/release/reqeng"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cores=$(nproc)

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One measured run: prints "seconds peak_kib".
measure() {
  local corpus=$1 output=$2 jobs=$3
  shift 3
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" run "$corpus" --output "$output" --jobs "$jobs" "$@" 2>/dev/null || true
  cat "$work/time"
}

# Reruns on one output directory, RD formats markdown,json (no PDF: what a rerun skips is the
# pipeline, and the PDF would only weigh on the full run): a full run into a fresh directory, the
# same run again (every project unchanged), then again after one transcript changed. Runs of the
# three kinds alternate; prints a table and the two ratios against the full run.
rerun_bench() {
  local projects=$1 rounds=${2:-$runs} corpus="$work/rerun-corpus"
  rm -rf "$corpus"
  python3 scripts/gen_corpus.py "$corpus" --projects "$projects" --sessions-per-project 2 --turns 80
  local changed
  # awk reads to the end: head would close the pipe early, and pipefail would end the script.
  changed=$(find "$corpus" -name '*.txt' | sort | awk 'NR == 1')
  cp "$changed" "$work/original.txt"
  for kind in full unchanged changed; do : >"$work/rerun-$kind"; done
  for _ in $(seq 1 "$rounds"); do
    cp "$work/original.txt" "$changed"
    rm -rf "$work/rerun-out"
    measure "$corpus" "$work/rerun-out" "$cores" --format markdown,json >>"$work/rerun-full"
    measure "$corpus" "$work/rerun-out" "$cores" --format markdown,json >>"$work/rerun-unchanged"
    echo "[99:59:59] Dara: The system must export the stock levels as CSV every night." >>"$changed"
    measure "$corpus" "$work/rerun-out" "$cores" --format markdown,json >>"$work/rerun-changed"
  done
  cp "$work/original.txt" "$changed"
  echo
  echo "| reruns: transcripts | jobs | runs | full run s | unchanged rerun s | one changed s | unchanged / full | one changed / full | unchanged peak MiB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  local full unchanged one peak
  full=$(cut -d' ' -f1 "$work/rerun-full" | median)
  unchanged=$(cut -d' ' -f1 "$work/rerun-unchanged" | median)
  one=$(cut -d' ' -f1 "$work/rerun-changed" | median)
  peak=$(cut -d' ' -f2 "$work/rerun-unchanged" | sort -n | tail -1)
  awk -v t="$((projects * 2))" -v j="$cores" -v n="$rounds" -v f="$full" -v u="$unchanged" -v o="$one" -v m="$peak" 'BEGIN {
    printf "| %d | %d | %d | %.2f | %.2f | %.2f | %.1f%% | %.1f%% | %.0f |\n", t, j, n, f, u, o, 100 * u / f, 100 * o / f, m / 1024 }'
  rm -rf "$corpus" "$work/rerun-out"
}

if [ "${BENCH_ONLY:-}" = reruns ]; then
  rerun_bench "$rerun_projects"
large=${LARGE_RERUN_PROJECTS:-5000}
if [ "$large" -gt 0 ]; then
  rerun_bench "$large" "${LARGE_RERUN_RUNS:-1}"
fi
  exit 0
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "binary:  $bin (release); corpus: projects of 2 transcripts x 80 turns, all five formats"
echo
echo "| corpus | transcripts | jobs | median s | transcripts/s | PDF pages/s | peak MiB |"
echo "|---|---|---|---|---|---|---|"
for scale in 1 10; do
  projects=$((base * scale))
  corpus="$work/corpus-$scale"
  python3 scripts/gen_corpus.py "$corpus" --projects "$projects" --sessions-per-project 2 --turns 80
  transcripts=$((projects * 2))
  job_counts=$(printf '%s\n' 1 2 "$cores" | sort -un)
  [ "$scale" -eq 10 ] && job_counts=$cores
  # Runs of different job counts alternate, so a shared machine's drifting load weighs on each alike.
  for jobs in $job_counts; do : >"$work/samples-$jobs"; done
  for _ in $(seq 1 "$runs"); do
    for jobs in $job_counts; do
      rm -rf "$work/out"
      measure "$corpus" "$work/out" "$jobs" --force >>"$work/samples-$jobs"
    done
  done
  pages=$(for pdf in "$work/out/rd/"*.pdf; do pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }'; done | awk '{ s += $1 } END { print s }')
  for jobs in $job_counts; do
    seconds=$(cut -d' ' -f1 "$work/samples-$jobs" | median)
    peak=$(cut -d' ' -f2 "$work/samples-$jobs" | sort -n | tail -1)
    awk -v c="$scale" -v t="$transcripts" -v j="$jobs" -v s="$seconds" -v p="$pages" -v m="$peak" 'BEGIN {
      printf "| %dx | %d | %d | %.2f | %.1f | %.1f | %.0f |\n", c, t, j, s, t / s, p / s, m / 1024 }'
    echo "$scale $jobs $seconds $transcripts" >>"$work/results"
  done
  if [ "$scale" -eq 1 ]; then
    : >"$work/rerun"
    for _ in $(seq 1 "$runs"); do measure "$corpus" "$work/out" "$cores" >>"$work/rerun"; done
    rerun_seconds=$(cut -d' ' -f1 "$work/rerun" | median)
  fi
done
echo
awk -v r="$rerun_seconds" -v cores="$cores" '
  { t[$1 "-" $2] = $3; n[$1] = $4 }
  END {
    printf "unchanged rerun (1x corpus, %d jobs): %.2f s = %.1f%% of a full run\n", cores, r, 100 * r / t["1-" cores]
    if (t["1-2"] > 0) printf "speed-up 1 -> 2 jobs: %.2fx\n", t["1-1"] / t["1-2"]
    printf "per-transcript time at 10x vs 1x (%d jobs): %.1f%%\n", cores, 100 * (t["10-" cores] / n[10]) / (t["1-" cores] / n[1])
  }' "$work/results"
rerun_bench "$rerun_projects"
large=${LARGE_RERUN_PROJECTS:-5000}
if [ "$large" -gt 0 ]; then
  rerun_bench "$large" "${LARGE_RERUN_RUNS:-1}"
fi
