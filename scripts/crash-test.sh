#!/usr/bin/env bash
# Kill-and-resume test: runs reqeng over a generated corpus, kills it with SIGKILL at random moments
# several times, lets it finish, and compares with an uninterrupted run: rd/ must be byte-identical
# and the run store must pass PRAGMA integrity_check.
# Usage: scripts/crash-test.sh PATH/TO/reqeng [PROJECTS] [KILLS]
set -euo pipefail

bin=$(realpath "${1:?usage: scripts/crash-test.sh PATH/TO/reqeng [PROJECTS] [KILLS]}")
projects=${2:-100}
kills=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'echo "crash-test: FAIL: command at line $LINENO exited $?" >&2' ERR
python3 "$root/scripts/gen_corpus.py" "$work/corpus" --projects "$projects" --sessions-per-project 2 --turns 40
cd "$root"

start=$(date +%s%N)
"$bin" run "$work/corpus" --output "$work/reference" --format markdown,json 2>/dev/null
full_ms=$((($(date +%s%N) - start) / 1000000))
echo "crash-test: uninterrupted run over $projects projects took ${full_ms} ms"

# Kill at random moments spread over the length of a full run.
RANDOM=42
for attempt in $(seq 1 "$kills"); do
  delay_ms=$((RANDOM % (full_ms > 100 ? full_ms : 100)))
  "$bin" run "$work/corpus" --output "$work/crashed" --format markdown,json 2>/dev/null &
  pid=$!
  sleep "$(printf '0.%03d' $((delay_ms % 1000)))"
  sleep $((delay_ms / 1000))
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # A kill before the first document leaves no rd/ yet: that is a count of 0, not an error.
  done_projects=$({ find "$work/crashed/rd" -name '*.json' 2>/dev/null || true; } | wc -l)
  echo "crash-test: kill $attempt after ${delay_ms} ms ($done_projects projects written so far)"
done
"$bin" run "$work/corpus" --output "$work/crashed" --format markdown,json 2>/dev/null

status=0
if diff -r "$work/reference/rd" "$work/crashed/rd" >/dev/null; then
  echo "crash-test: ok   rd/ byte-identical after $kills kills and a resume"
else
  echo "crash-test: FAIL rd/ differs from the uninterrupted run"
  status=1
fi
if python3 -c 'import sqlite3,sys; sys.exit(0 if sqlite3.connect(sys.argv[1]).execute("pragma integrity_check").fetchone()[0] == "ok" else 1)' "$work/crashed/reqeng.sqlite"; then
  echo "crash-test: ok   run store passes PRAGMA integrity_check"
else
  echo "crash-test: FAIL run store integrity"
  status=1
fi
leftovers=$(find "$work/crashed" -name '.*.tmp-*' | wc -l)
if [ "$leftovers" -eq 0 ]; then echo "crash-test: ok   no temporary files left"; else
  echo "crash-test: FAIL $leftovers temporary files left"; status=1; fi
exit "$status"
