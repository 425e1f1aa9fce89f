#!/usr/bin/env bash
# Full runs of two reqeng binaries on one generated corpus (scripts/gen_corpus.py), alternating
# binaries and job counts round by round so a shared machine's drifting load weighs on both alike.
# Prints, per binary and job count, the medians of wall time, CPU time (user + system) and peak
# memory, transcripts/s, and the 1 -> 2 job speed-up of the wall-time medians.
# Usage: scripts/compare.sh BEFORE_BIN AFTER_BIN [PROJECTS=20] [ROUNDS=5]
#   (each project holds 2 transcripts of 80 turns; every run: all default formats, --force, a
#   fresh output directory)
set -euo pipefail

before=$1
after=$2
projects=${3:-20}
rounds=${4:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/gen_corpus.py" "$work/corpus" --projects "$projects" --sessions-per-project 2 --turns 80
transcripts=$((projects * 2))

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for _ in $(seq 1 "$rounds"); do
  for jobs in 1 2; do
    for name in before after; do
      bin=$before
      [ "$name" = after ] && bin=$after
      rm -rf "$work/out"
      /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" run "$work/corpus" --output "$work/out" --jobs "$jobs" \
        --force 2>/dev/null || true
      awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >>"$work/$name-$jobs"
    done
  done
done

echo "| binary | jobs | runs | wall s (median) | CPU s (median) | transcripts/s | peak MiB | wall samples |"
echo "|---|---|---|---|---|---|---|---|"
for name in before after; do
  for jobs in 1 2; do
    wall=$(cut -d' ' -f1 "$work/$name-$jobs" | median)
    cpu=$(cut -d' ' -f2 "$work/$name-$jobs" | median)
    peak=$(cut -d' ' -f3 "$work/$name-$jobs" | sort -n | tail -1)
    samples=$(cut -d' ' -f1 "$work/$name-$jobs" | sort -n | tr '\n' ' ')
    echo "$name $jobs $wall" >>"$work/walls"
    awk -v n="$name" -v j="$jobs" -v r="$rounds" -v w="$wall" -v c="$cpu" -v t="$transcripts" -v m="$peak" \
      -v s="$samples" 'BEGIN { printf "| %s | %d | %d | %.2f | %.2f | %.1f | %.0f | %s|\n", n, j, r, w, c, t / w, m / 1024, s }'
  done
done
awk '{ w[$1 "-" $2] = $3 } END {
  printf "speed-up 1 -> 2 jobs: before %.2fx, after %.2fx\n", w["before-1"] / w["before-2"], w["after-1"] / w["after-2"] }' \
  "$work/walls"
