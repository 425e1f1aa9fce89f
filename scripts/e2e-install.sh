#!/usr/bin/env bash
# End-to-end check that reqeng is one self-contained executable, and of the rough edges of its CLI.
#
# 1. The debug binary (`make build`), copied alone into an empty folder and run
#    from / over a copy of the sample inputs with --engine openai against the local fake endpoint
#    (reqeng-fake-llm): every output is written, and the built-in price table gives non-zero costs
#    and an enforced --max-cost.
# 2. --templates and --prices: an edited template or price table re-renders, an unchanged rerun skips.
# 3. Rough edges: a nonexistent input leaves no output directory; one `reqeng: error:` line per
#    error; the summary counts written and skipped projects apart; --help is complete.
# 4. `make install PREFIX=…` (a release build with the Swift runtime linked in, in a build directory
#    of its own, in the scratch folder): the binary works from /, man page, bash/zsh/fish
#    completions. Skipped with E2E_INSTALL=0 (the release build takes minutes).
#
# Usage: scripts/e2e-install.sh [BUILD_DIR]   (default .build, holding the debug build; needs make,
#        jq, groff, man, zsh and fish)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-.build}
work=$(mktemp -d)
fake_pid=""
cleanup() {
  if [ -n "$fake_pid" ]; then kill "$fake_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$root"
failures=0
pass() { echo "e2e-install: ok   $*"; }
fail() { echo "e2e-install: FAIL $*"; failures=$((failures + 1)); }

# --- 1. the binary alone, run from elsewhere --------------------------------------------------
mkdir -p "$work/alone" "$work/in"
cp "$build/debug/reqeng" "$work/alone/reqeng"
cp -R inputs/. "$work/in/"
alone="$work/alone/reqeng"
# The debug binary takes the Swift runtime from the toolchain (its RUNPATH); the installed release
# binary below carries it. Linking a debug binary statically as well would need a build directory of
# its own: objects compiled for one runtime do not link against the other.
if ldd "$alone" | grep -q 'not found'; then fail "the copied binary misses libraries: $(ldd "$alone" | grep 'not found')"; else
  pass "the copied binary finds every library ($(du -m "$alone" | cut -f1) MiB, debug)"; fi
if [ "$(ls -A "$work/alone")" = "reqeng" ]; then pass "the folder holds the binary and nothing else"; else
  fail "the folder holds more than the binary: $(ls -A "$work/alone")"; fi

"$build/debug/reqeng-fake-llm" --port 0 >"$work/fake.out" 2>&1 &
fake_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/fake.out" && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/fake.out")
[ -n "$base" ] || { echo "e2e-install: FAIL the fake endpoint did not start"; exit 1; }

# Nothing of the repository is reachable: run from /, with absolute paths only.
run_alone() { (cd / && OPENAI_API_KEY=sk-e2e-install "$alone" run "$work/in" "$@"); }
if run_alone --output "$work/out" --engine openai --base-url "$base" --model gpt-4o-mini 2>"$work/run1.err"; then
  pass "run from / with the binary alone exits 0"; else fail "run from / exited $?: $(tail -3 "$work/run1.err")"; fi
projects=$(find "$work/in" -mindepth 1 -maxdepth 1 \( -type d -o -type f \) ! -name '.*' | wc -l)
for ext in pdf md json; do
  count=$(find "$work/out/rd" -name "*.$ext" ! -name '*.changes.json' 2>/dev/null | wc -l)
  if [ "$count" -eq "$projects" ]; then pass "rd/*.$ext: $count of $projects projects"; else
    fail "rd/*.$ext: $count files for $projects projects"; fi
done
for path in reports/index.html metrics/metrics.prom metrics/metrics.json reqeng.sqlite; do
  if [ -s "$work/out/$path" ]; then pass "$path written"; else fail "$path missing"; fi
done
if ls "$work/out/reports/runs/"*.html "$work/out/traces/"*.otlp.jsonl "$work/out/logs/"*.jsonl >/dev/null 2>&1; then
  pass "run page, traces and logs written"; else fail "run page, traces or logs missing"; fi
cost=$(sed -n 's/^llm_cost_usd{model="gpt-4o-mini"} //p' "$work/out/metrics/metrics.prom")
if awk -v c="${cost:-0}" 'BEGIN { exit !(c > 0) }'; then pass "built-in price table: cost \$$cost > 0"; else
  fail "cost is '${cost:-absent}' with the built-in price table"; fi
if grep -q 'no price table\|has no price' "$work/run1.err"; then fail "a price warning: $(grep -m1 price "$work/run1.err")"; else
  pass "no price warning"; fi
set +e
run_alone --output "$work/budget" --engine openai --base-url "$base" --model gpt-4o-mini --max-cost 0.000001 \
  2>"$work/budget.err"
status=$?
set -e
if [ "$status" -eq 75 ]; then pass "--max-cost is enforced from the built-in prices (exit 75)"; else
  fail "--max-cost 0.000001 exited $status: $(tail -2 "$work/budget.err")"; fi
if (cd / && "$alone" --version) | grep -qE '^[0-9]+\.[0-9]+'; then pass "--version"; else fail "--version"; fi

# --- 2. overrides, and what an incremental run notices ----------------------------------------
run_builtin() { (cd / && "$alone" run "$work/in" --output "$work/inc" --format markdown,json "$@"); }
cp -R templates "$work/tpl"
run_builtin --templates "$work/tpl" 2>/dev/null || fail "first run with --templates"
run_builtin --templates "$work/tpl" 2>"$work/rerun.err" || fail "unchanged rerun"
if grep -qE "^reqeng: $projects projects: 0 written, $projects unchanged and skipped;" "$work/rerun.err"; then
  pass "unchanged rerun skips every project, and says so"; else fail "unchanged rerun: $(tail -1 "$work/rerun.err")"; fi
printf '\nEdited-template-marker\n' >>"$work/tpl/rd.md.mustache"
run_builtin --templates "$work/tpl" 2>"$work/edit.err" || fail "run after a template edit"
if grep -qE "^reqeng: $projects projects: $projects written;" "$work/edit.err" &&
  [ "$(grep -l 'Edited-template-marker' "$work/inc/rd/"*.md | wc -l)" -eq "$projects" ]; then
  pass "an edited template (same --templates DIR) re-renders every project"; else
  fail "template edit: $(tail -1 "$work/edit.err")"; fi
run_builtin --templates "$work/tpl" 2>"$work/rerun2.err" || true
if grep -qE "0 written, $projects unchanged and skipped" "$work/rerun2.err"; then pass "and the next unchanged run skips again"; else
  fail "after the edit: $(tail -1 "$work/rerun2.err")"; fi
jq '.models |= map(.input_usd_per_token *= 2)' prices/llm-prices.json >"$work/prices.json"
run_openai() { run_alone --output "$work/out" --engine openai --base-url "$base" --model gpt-4o-mini "$@"; }
run_openai 2>"$work/same.err" || true
if grep -qE "0 written, $projects unchanged and skipped" "$work/same.err"; then pass "openai rerun with the same prices skips"; else
  fail "openai rerun: $(tail -1 "$work/same.err")"; fi
run_openai --prices "$work/prices.json" 2>"$work/prices.err" || fail "run with --prices"
if grep -qE "^reqeng: $projects projects: $projects written;" "$work/prices.err"; then
  pass "a changed price table (--prices) re-renders"; else fail "--prices change: $(tail -1 "$work/prices.err")"; fi
if (cd / && "$alone" schema) | cmp -s - schemas/rd.schema.json; then pass "reqeng schema prints the built-in RD schema"; else
  fail "reqeng schema differs from schemas/rd.schema.json"; fi

# --- 3. rough edges ----------------------------------------------------------------------------
one_error_line() { # FILE LABEL: exactly one line says `error:` (any case), and it is `reqeng: error: …`
  local errors
  errors=$(grep -ciE 'error:' "$1" || true)
  if [ "$errors" -eq 1 ] && grep -q '^reqeng: error: ' "$1"; then pass "$2: one 'reqeng: error:' line"; else
    fail "$2: $errors error lines: $(head -3 "$1" | tr '\n' '|')"; fi
}
set +e
(cd "$work" && "$alone" run "$work/does-not-exist" --output "$work/none" 2>"$work/noinput.err")
status=$?
set -e
if [ "$status" -eq 66 ]; then pass "nonexistent input exits 66"; else fail "nonexistent input exited $status"; fi
if [ ! -e "$work/none" ]; then pass "nonexistent input: no output directory created"; else
  fail "nonexistent input created: $(find "$work/none" | head -5 | tr '\n' ' ')"; fi
one_error_line "$work/noinput.err" "nonexistent input"
if grep -q "$work/does-not-exist" "$work/noinput.err"; then pass "nonexistent input is named"; else fail "input not named"; fi

touch "$work/plain-file"
set +e
"$alone" run "$work/in" --output "$work/plain-file/out" 2>"$work/underfile.err"
status=$?
"$alone" report "$work/plain-file" 2>"$work/report-file.err"
report_status=$?
set -e
one_error_line "$work/underfile.err" "output under a regular file"
if [ "$status" -eq 73 ] && grep -q "'$work/plain-file' is a file" "$work/underfile.err" &&
  ! grep -q 'NSCocoaErrorDomain' "$work/underfile.err"; then
  pass "output under a regular file: exit 73, names the path and the reason"; else
  fail "output under a regular file: exit $status: $(cat "$work/underfile.err")"; fi
one_error_line "$work/report-file.err" "report of a regular file"
if [ "$report_status" -ne 66 ]; then fail "report of a regular file exited $report_status"; fi

for taken in rd metrics; do # a folder of the output layout taken by a regular file
  mkdir -p "$work/taken-$taken" && touch "$work/taken-$taken/$taken"
  set +e
  "$alone" run "$work/in" --output "$work/taken-$taken" --format json 2>"$work/taken-$taken.err"
  status=$?
  set -e
  if [ "$status" -eq 73 ] && grep -q "'$work/taken-$taken/$taken' is a file" "$work/taken-$taken.err" &&
    ! grep -q 'NSCocoaErrorDomain\|could not be completed' "$work/taken-$taken.err"; then
    pass "$taken/ taken by a file: exit 73, names the path and the reason"; else
    fail "$taken/ taken by a file: exit $status: $(cat "$work/taken-$taken.err")"; fi
  one_error_line "$work/taken-$taken.err" "$taken/ taken by a file"
done

set +e
"$alone" run --jobs 0 2>"$work/usage.err"
usage_status=$?
"$alone" eval 2>"$work/eval.err"
eval_status=$?
"$alone" run "$work/in" --output "$work/badtpl" --templates "$work/no-templates" 2>"$work/tpl.err"
tpl_status=$?
set -e
one_error_line "$work/usage.err" "usage error"
one_error_line "$work/eval.err" "eval usage error"
one_error_line "$work/tpl.err" "missing --templates"
if [ "$usage_status" -ne 64 ] || [ "$eval_status" -ne 64 ]; then fail "usage errors exit $usage_status, $eval_status"; fi
if [ "$tpl_status" -eq 78 ] && [ ! -e "$work/badtpl" ]; then pass "missing --templates: exit 78, nothing written"; else
  fail "missing --templates exited $tpl_status"; fi

"$alone" run --help >"$work/run-help.txt"
for code in 0 1 2 64 65 66 70 73 75 78 130 143; do
  grep -qE "(^|[ ;])$code " "$work/run-help.txt" || fail "run --help does not explain exit code $code"
done
if [ "$(grep -c 'default: the number of cores' "$work/run-help.txt")" -eq 1 ] &&
  ! grep -A2 -- '--jobs' "$work/run-help.txt" | grep -qE 'default: [0-9]'; then pass "run --help states the --jobs default once"; else
  fail "run --help --jobs: $(grep -A2 -- '--jobs' "$work/run-help.txt" | tr '\n' ' ')"; fi
for command in report eval merge; do
  if "$alone" "$command" --help | grep -q 'Exit codes:'; then pass "$command --help lists its exit codes"; else
    fail "$command --help lists no exit codes"; fi
done

# --- 4. make install ---------------------------------------------------------------------------
if [ "${E2E_INSTALL:-1}" = 1 ]; then
  prefix="$work/prefix"
  start=$(date +%s)
  # The release build goes to the scratch folder and is removed with it: kept, it would hold
  # close to a gigabyte on the disk while the sanitizer build that follows needs the room.
  if make -s install PREFIX="$prefix" BUILD_DIR="$build" INSTALL_BUILD="$work/install-build" \
    >"$work/install.log" 2>&1; then
    pass "make install PREFIX=… ($(($(date +%s) - start)) s)"; else
    tail -20 "$work/install.log"; fail "make install"; fi
  installed="$prefix/bin/reqeng"
  if [ -x "$installed" ] && (cd / && "$installed" run "$work/in" --output "$work/installed" --format pdf 2>/dev/null) &&
    [ "$(find "$work/installed/rd" -name '*.pdf' | wc -l)" -eq "$projects" ]; then
    pass "the installed binary works from / ($(du -m "$installed" | cut -f1) MiB, release)"; else
    fail "the installed binary does not work"; fi
  if ldd "$installed" | grep -qE 'libswiftCore|libFoundation'; then fail "the installed binary links the Swift runtime dynamically"; else
    pass "the installed binary carries the Swift runtime"; fi
  page="$prefix/share/man/man1/reqeng.1"
  # mdoc warns of the blank lines between paragraphs; anything it cannot parse fails groff.
  if [ -s "$page" ] && groff -mandoc -Tutf8 "$page" >"$work/man.txt" 2>"$work/groff.err" &&
    grep -q 'reqeng run' "$work/man.txt" && grep -q 'Exit codes' "$work/man.txt" &&
    man -l "$page" 2>/dev/null | grep -q 'reqeng run'; then pass "man page parses and renders (groff, man -l)"; else
    fail "man page: $(grep -v 'Empty input line' "$work/groff.err" | head -3)"; fi
  bash_completion="$prefix/share/bash-completion/completions/reqeng"
  if [ -s "$bash_completion" ] && bash -n "$bash_completion" && bash -c "source '$bash_completion' && complete -p reqeng" >/dev/null; then
    pass "bash completion loads"; else fail "bash completion"; fi
  zsh_completion="$prefix/share/zsh/site-functions/_reqeng"
  if [ -s "$zsh_completion" ] && { ! command -v zsh >/dev/null || zsh -n "$zsh_completion"; }; then
    pass "zsh completion$(command -v zsh >/dev/null && echo ' parses' || echo ' installed (zsh absent)')"; else
    fail "zsh completion"; fi
  fish_completion="$prefix/share/fish/vendor_completions.d/reqeng.fish"
  if [ -s "$fish_completion" ] && { ! command -v fish >/dev/null || fish -n "$fish_completion"; }; then
    pass "fish completion$(command -v fish >/dev/null && echo ' parses' || echo ' installed (fish absent)')"; else
    fail "fish completion"; fi
fi

if [ "$failures" -gt 0 ]; then echo "e2e-install: $failures check(s) failed"; exit 1; fi
echo "e2e-install: all checks passed"
