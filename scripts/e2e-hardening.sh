#!/usr/bin/env bash
# End-to-end regressions of the hardening pass, with the real binary (and reqeng-fake-llm beside it
# for the model endpoint faults): each check names the defect it guards against.
# Usage: scripts/e2e-hardening.sh PATH/TO/reqeng
set -euo pipefail
bin=${1:?usage: scripts/e2e-hardening.sh PATH/TO/reqeng}
fake="$(dirname "$bin")/reqeng-fake-llm"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
fake_pid=
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() { [ -z "$fake_pid" ] || kill "$fake_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cd "$root"
failures=0
pass() { echo "e2e-hardening: ok   $*"; }
fail() { echo "e2e-hardening: FAIL $*"; failures=$((failures + 1)); }
code() { set +e; "$@" >/dev/null 2>&1; echo $?; set -e; }
sql() { python3 -c 'import sqlite3,sys; print("\n".join("|".join(map(str,r)) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])))' "$@"; }
one() { mkdir -p "$1"; printf 'Ana: The system must export %s as a spreadsheet.\nTom: Agreed.\n' "$2" >"$1/s.txt"; }

# A bad --base-url port is a usage error, not a trap in the socket layer.
c=$(code "$bin" run inputs --output "$work/url" --engine openai --base-url http://127.0.0.1:99999/v1)
if [ "$c" -eq 64 ]; then pass "--base-url with port 99999 exits 64"; else fail "--base-url port 99999 exited $c"; fi

# Projects whose names sanitise alike get a document each, and a rerun keeps them.
one "$work/names/in/sp ace" one; one "$work/names/in/sp?ace" two; one "$work/names/in/sp_ace" three
c=$(code "$bin" run "$work/names/in" --output "$work/names/out" --format json)
n=$(find "$work/names/out/rd" -name '*.json' 2>/dev/null | wc -l || true)
if [ "$c" -eq 0 ] && [ "$n" -eq 3 ]; then pass "3 colliding project names give 3 RDs"; else fail "exit $c, $n RDs for 3 projects"; fi
projects=$(python3 -c 'import json,glob,sys; print(" ".join(sorted(json.load(open(f))["project"] for f in glob.glob(sys.argv[1]+"/*.json"))))' "$work/names/out/rd" 2>/dev/null || true)
if [ "$projects" = "sp ace sp?ace sp_ace" ]; then pass "each RD holds its own project"; else fail "RDs hold: $projects"; fi

# An output directory inside the input directory is not read back as a project.
one "$work/inside/in/app" offline
for round in 1 2 3; do
  c=$(code "$bin" run "$work/inside/in" --output "$work/inside/in/out" --format json)
  [ "$c" -eq 0 ] || fail "run $round with output inside input exited $c"
done
if [ ! -e "$work/inside/in/out/rd/out.json" ]; then pass "output inside input: three runs, no project 'out'"; else
  fail "a project 'out' was made from reqeng's own output"; fi

# Token usage that would overflow, and negative usage, from a live endpoint: the run ends normally.
for usage in 9223372036854775807,1 -600000,0; do
  "$fake" --port 0 --usage="$usage" >"$work/fake.out" 2>&1 &
  fake_pid=$!
  for _ in $(seq 100); do grep -q '^listening on ' "$work/fake.out" && break; sleep 0.1; done
  base=$(sed -n 's/^listening on //p' "$work/fake.out")
  rm -rf "$work/usage"
  c=$(code "$bin" run inputs --output "$work/usage" --engine openai --base-url "$base" --format json)
  kill "$fake_pid" 2>/dev/null || true
  wait "$fake_pid" 2>/dev/null || true
  fake_pid=
  invalid=$(sed -n 's/^llm_requests_total{model="gpt-4o-mini",status="invalid"} //p' "$work/usage/metrics/metrics.prom" 2>/dev/null)
  cost=$(sed -n 's/^llm_cost_usd{model="gpt-4o-mini"} //p' "$work/usage/metrics/metrics.prom" 2>/dev/null)
  if [ "$c" -eq 0 ] && [ "${invalid:-0}" -gt 0 ] && [ "${cost:-0}" = 0 ]; then
    pass "usage $usage: exit 0, $invalid answers counted invalid, cost 0"
  else fail "usage $usage: exit $c, invalid '${invalid:-}', cost '${cost:-}'"; fi
done

# SIGTERM: the run finishes what it writes, records itself interrupted, exits 143, logs whole lines.
python3 scripts/gen_corpus.py "$work/term/in" --projects 300 --sessions-per-project 2 --turns 24 >/dev/null
"$bin" run "$work/term/in" --output "$work/term/out" --jobs 1 --format markdown,json 2>"$work/term.err" &
pid=$!
for _ in $(seq 200); do [ -n "$(find "$work/term/out/rd" -name "*.json" 2>/dev/null | head -1)" ] && break; sleep 0.05; done
kill -TERM "$pid"
set +e
wait "$pid"
c=$?
set -e
status=$(sql "$work/term/out/reqeng.sqlite" "select status from runs order by started_at desc limit 1" 2>/dev/null || true)
if [ "$c" -eq 143 ] && [ "$status" = interrupted ]; then pass "SIGTERM: exit 143, run recorded interrupted"; else
  fail "SIGTERM: exit $c, run status '$status'"; fi
if python3 -c 'import json,sys,glob
for f in glob.glob(sys.argv[1]+"/logs/*.jsonl")+glob.glob(sys.argv[1]+"/traces/*.jsonl"):
    for line in open(f):
        json.loads(line)' "$work/term/out"; then pass "SIGTERM: every log and trace line is whole JSON"; else
  fail "SIGTERM: a cut-off line in logs or traces"; fi
if python3 -c 'import json,sys,glob
for f in glob.glob(sys.argv[1]+"/rd/*.json"): json.load(open(f))' "$work/term/out"; then
  pass "SIGTERM: every RD written is complete"; else fail "SIGTERM: a half-written RD"; fi

# SIGKILL leaves the run 'running'; the next run marks it interrupted.
"$bin" run "$work/term/in" --output "$work/kill/out" --jobs 1 --format json 2>/dev/null &
pid=$!
for _ in $(seq 200); do [ -n "$(find "$work/kill/out/rd" -name "*.json" 2>/dev/null | head -1)" ] && break; sleep 0.05; done
kill -KILL "$pid"
wait "$pid" 2>/dev/null || true
one "$work/kill/in2/app" offline
code "$bin" run "$work/kill/in2" --output "$work/kill/out" --format json >/dev/null
statuses=$(sql "$work/kill/out/reqeng.sqlite" "select status from runs order by started_at" 2>/dev/null | tr '\n' ' ' || true)
if [ "$statuses" = "interrupted finished " ]; then pass "a killed run is marked interrupted by the next one"; else
  fail "run statuses after a SIGKILL and a rerun: $statuses"; fi

# merge: an incomplete or mixed set of shards is refused; --allow-partial marks the merge partial.
one "$work/shards/in/alpha" one; one "$work/shards/in/beta" two; one "$work/shards/in/gamma" three
for i in 0 1; do
  SOURCE_DATE_EPOCH=1767225600 "$bin" run "$work/shards/in" --output "$work/shards/s$i" --shard "$i/2" --format json \
    2>/dev/null || true
done
SOURCE_DATE_EPOCH=1767312000 "$bin" run "$work/shards/in" --output "$work/shards/late1" --shard 1/2 --format json \
  2>/dev/null || true
c=$(code "$bin" merge "$work/shards/s0" --output "$work/shards/m1")
if [ "$c" -eq 65 ]; then pass "merge of shard 0/2 alone exits 65"; else fail "merge of shard 0/2 alone exited $c"; fi
c=$(code "$bin" merge "$work/shards/s0" "$work/shards/late1" --output "$work/shards/m2")
if [ "$c" -eq 78 ]; then pass "merge across SOURCE_DATE_EPOCH values exits 78"; else fail "mixed-epoch merge exited $c"; fi
c=$(code "$bin" merge "$work/shards/s0" --allow-partial --output "$work/shards/m3")
status=$(sql "$work/shards/m3/reqeng.sqlite" "select status from runs" 2>/dev/null || true)
if [ "$c" -eq 0 ] && [ "$status" = partial ]; then pass "--allow-partial merges and marks the run partial"; else
  fail "--allow-partial: exit $c, status '$status'"; fi
c=$(code "$bin" merge "$work/shards/s0" "$work/shards/s1" --output "$work/shards/m4")
if [ "$c" -eq 0 ]; then pass "a complete set of shards merges"; else fail "complete merge exited $c"; fi

# report refuses an empty or foreign reqeng.sqlite and leaves it as it was.
mkdir -p "$work/report/empty" "$work/report/foreign"
: >"$work/report/empty/reqeng.sqlite"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table invoices(id integer)"); c.commit()' \
  "$work/report/foreign/reqeng.sqlite"
c=$(code "$bin" report "$work/report/empty")
size=$(stat -c %s "$work/report/empty/reqeng.sqlite")
if [ "$c" -eq 65 ] && [ "$size" -eq 0 ]; then pass "report on a zero-byte store exits 65, file untouched"; else
  fail "report on a zero-byte store: exit $c, size $size"; fi
c=$(code "$bin" report "$work/report/foreign")
tables=$(sql "$work/report/foreign/reqeng.sqlite" "select group_concat(name) from sqlite_master where type='table'" 2>/dev/null || true)
if [ "$c" -eq 65 ] && [ "$tables" = invoices ]; then pass "report on a foreign database exits 65, tables untouched"; else
  fail "report on a foreign database: exit $c, tables $tables"; fi

# report on a read-only output directory exits 73 (needs a read-only bind mount: root only).
mkdir -p "$work/ro/src" "$work/ro/view"
one "$work/ro/in/app" offline
code "$bin" run "$work/ro/in" --output "$work/ro/src" --format json >/dev/null
if mount --bind "$work/ro/src" "$work/ro/view" 2>/dev/null && mount -o remount,ro,bind "$work/ro/view" 2>/dev/null; then
  c=$(code "$bin" report "$work/ro/view")
  umount "$work/ro/view" || true
  if [ "$c" -eq 73 ]; then pass "report on a read-only output directory exits 73"; else
    fail "report on a read-only output directory exited $c"; fi
else
  umount "$work/ro/view" 2>/dev/null || true
  echo "e2e-hardening: skip report on a read-only directory (no permission for a read-only bind mount)"
fi

exit $((failures > 0))
