#!/usr/bin/env bash
# End-to-end check of the real reqeng binary over inputs/, with independent tools judging the output.
# Usage: scripts/e2e.sh PATH/TO/reqeng
set -euo pipefail

bin=${1:?usage: scripts/e2e.sh PATH/TO/reqeng}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
failures=0
pass() { echo "e2e: ok   $*"; }
fail() { echo "e2e: FAIL $*"; failures=$((failures + 1)); }

# 1. A clean run over the sample inputs exits 0 and writes every format of every project.
if "$bin" run inputs --output "$work/a" 2>"$work/a.err"; then pass "run over inputs/ exits 0"; else
  fail "run over inputs/ exited $? : $(cat "$work/a.err")"; fi
projects=$(find inputs -mindepth 1 -maxdepth 1 \( -type d -o -name '*.txt' -o -name '*.md' -o -name '*.json' \
  -o -name '*.vtt' -o -name '*.srt' \) ! -name '.*' | wc -l)
for ext in md json pdf; do
  written=$(find "$work/a/rd" -name "*.$ext" | wc -l)
  if [ "$written" -eq "$projects" ]; then pass "$written .$ext RDs for $projects projects"; else
    fail "$written .$ext RDs for $projects projects"; fi
done

# 2. Determinism: a second run gives byte-identical rd/ files.
"$bin" run inputs --output "$work/b" 2>/dev/null || true
if cmp -s "$work/a/rd/$(ls "$work/a/rd" | grep pdf | head -1)" "$work/b/rd/$(ls "$work/a/rd" | grep pdf | head -1)"; then
  pass "PDF bytes identical across runs"; else fail "PDF bytes differ across runs"; fi
if diff -r "$work/a/rd" "$work/b/rd" >/dev/null; then pass "two runs give byte-identical rd/"; else
  fail "rd/ differs between two runs"; fi

# 3. Schema and traceability, checked by an independent validator.
if python3 scripts/check_rd.py schemas/rd.schema.json inputs "$work/a"; then pass "RD JSON valid, refs trace to turns"; else
  fail "RD JSON schema or traceability"; fi

# 3b. Telemetry: traces, logs and metrics agree; the snapshot is what Prometheus accepts.
if python3 scripts/check_telemetry.py "$work/a"; then pass "traces, logs and metrics agree"; else fail "telemetry"; fi
if promtool check metrics <"$work/a/metrics/metrics.prom"; then pass "promtool check metrics"; else fail "promtool check metrics"; fi
if awk '!/^#/ { sub(/\{.*\}/, ""); if (NF > 2) bad = 1 } END { exit bad }' "$work/a/metrics/metrics.prom"; then
  pass "no sample timestamps in metrics.prom"; else fail "metrics.prom carries timestamps"; fi
for family in agent_invocations_total agent_duration_seconds agent_confidence_score requirements_extracted_total \
  requirements_validation_issues_total sessions_created_total rd_documents_generated_total system_info \
  reqeng_last_success_timestamp_seconds reqeng_last_run_duration_seconds reqeng_last_run_status \
  reqeng_last_run_exit_code reqeng_last_run_requirements reqeng_last_run_findings \
  reqeng_last_run_agent_duration_p95_seconds reqeng_last_run_agent_error_ratio reqeng_last_run_cost_usd; do
  if grep -q "^# TYPE $family " "$work/a/metrics/metrics.prom"; then :; else fail "metrics.prom lacks $family"; fi
done

# 3c. PDFs: structurally sound, with metadata, carrying every requirement id of the JSON.
for pdf in "$work/a/rd/"*.pdf; do
  name=$(basename "$pdf" .pdf)
  if qpdf --check "$pdf" >/dev/null; then pass "qpdf --check $name.pdf"; else fail "qpdf --check $name.pdf"; fi
  if pdfinfo "$pdf" | grep -q "^Title: .*Requirements Document"; then pass "pdfinfo title of $name.pdf"; else
    fail "pdfinfo: no title in $name.pdf"; fi
  pdftotext -layout "$pdf" "$work/$name.txt"
  missing=$(python3 -c 'import json,sys; print("\n".join(r["id"] for r in json.load(open(sys.argv[1]))["requirements"]))' \
    "$work/a/rd/$name.json" | while read -r id; do grep -q -- "$id" "$work/$name.txt" || echo "$id"; done)
  if [ -z "$missing" ]; then pass "every requirement id in $name.pdf"; else fail "$name.pdf lacks: $missing"; fi
done

# 3d. Alert rules and dashboards.
if promtool check rules deploy/prometheus/alerts.yml >/dev/null; then pass "promtool check rules"; else fail "promtool check rules"; fi
if promtool test rules deploy/prometheus/alerts_test.yml >/dev/null; then pass "promtool test rules"; else fail "promtool test rules"; fi
if deploy/grafana/check-queries.sh >/dev/null; then pass "dashboard PromQL parses"; else fail "dashboard PromQL"; fi
if grep -rqE '"type": *"(graph|singlestat)"' deploy/grafana/dashboards; then fail "removed Grafana panel types"; else
  pass "current Grafana panel types only"; fi

# 3e. Run store and HTML reports: two runs give two run pages and an index listing both.
if python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute("pragma integrity_check").fetchone()[0]; n=c.execute("select count(*) from runs").fetchone()[0]; sys.exit(0 if r=="ok" and n==1 else 1)' "$work/a/reqeng.sqlite"; then
  pass "run store: integrity_check ok, one run recorded"; else fail "run store integrity or run count"; fi
"$bin" run inputs --output "$work/a" 2>/dev/null || true
pages=$(find "$work/a/reports/runs" -name '*.html' | wc -l)
if [ "$pages" -eq 2 ]; then pass "two runs, two run pages"; else fail "$pages run pages after two runs"; fi
listed=$(for page in "$work/a/reports/runs/"*.html; do grep -c "$(basename "$page")" "$work/a/reports/index.html"; done | grep -c -v '^0$')
if [ "$listed" -eq 2 ]; then pass "index links both runs"; else fail "index links $listed of 2 runs"; fi
for page in "$work/a/reports/index.html" "$work/a/reports/runs/"*.html; do
  name=$(basename "$page")
  if grep -qiE '(src|href)="(https?:)?//' "$page" || grep -qiE '@import|url\(["'"'"']?https?:' "$page"; then
    fail "$name references the network"; else pass "$name is self-contained"; fi
  if grep -q 'http-equiv="Content-Security-Policy"' "$page"; then pass "$name has a CSP"; else fail "$name lacks a CSP"; fi
done
"$bin" report "$work/a" >/dev/null 2>&1 && pass "reqeng report re-renders from the store" || fail "reqeng report"

# 4. Markdown RD: untrusted text is escaped (no raw HTML tags from transcripts).
if grep -l -E '<(script|img|iframe)' "$work/a/rd/"*.md >/dev/null 2>&1; then fail "raw HTML in Markdown RD"; else
  pass "no raw HTML in Markdown RDs"; fi

# 5. A batch mixing good and bad files: exit 2, good project written, every bad file named.
bad="$work/bad"
mkdir -p "$bad/in/good" "$bad/in/broken" "$work/outside"
cp "$(find inputs -name '*.txt' | sort | head -1)" "$bad/in/good/interview.txt"
: >"$bad/in/broken/empty.txt"
head -c 4096 /dev/urandom >"$bad/in/broken/random.txt"
printf 'Ana: caf\xe9 must be open\n' >"$bad/in/broken/latin1.txt"
head -c 20000000 /dev/zero | tr '\0' 'a' >"$bad/in/broken/huge.txt"
python3 -c "print('['*100000 + ']'*100000)" >"$bad/in/broken/deep.json"
printf '{"turns": [{"speaker": "Ana", "text": "The system must' >"$bad/in/broken/truncated.json"
printf 'WEBVTT\n\n00:00:01.000 --> garbage\n<v Ana>Hello\n' >"$bad/in/broken/broken.vtt"
echo 'Eve: secret outside text' >"$work/outside/secret.txt"
ln -s "$work/outside/secret.txt" "$bad/in/broken/link.txt"
set +e
"$bin" run "$bad/in" --output "$bad/out" --format markdown,json 2>"$bad/err"
status=$?
set -e
if [ "$status" -eq 2 ]; then pass "mixed batch exits 2"; else fail "mixed batch exited $status"; fi
if [ -s "$bad/out/rd/good.json" ]; then pass "good project written beside bad files"; else fail "good project not written"; fi
for name in empty.txt random.txt latin1.txt huge.txt deep.json truncated.json broken.vtt link.txt; do
  if grep -q "$name" "$bad/err"; then pass "bad file named: $name"; else fail "bad file not named: $name"; fi
done
if grep -rq 'secret outside text' "$bad/out"; then fail "symlink target was read"; else pass "symlink target never read"; fi

# 5a. One bad file among good ones: exit 2, and the report says so first: a red banner with the
# failed file and why, the input errors before the numbers, no green all-clear anywhere.
one="$work/onebad"
mkdir -p "$one/in/clinic"
cp "$(find inputs -name '*.txt' | sort | head -1)" "$one/in/clinic/interview.txt"
printf '{"turns": [{"speaker": "Ana", "text": "The system must' >"$one/in/clinic/cut-off.json"
set +e
"$bin" run "$one/in" --output "$one/out" --format markdown,json 2>"$one/err"
status=$?
set -e
if [ "$status" -eq 2 ]; then pass "one bad file: exits 2"; else fail "one bad file: exited $status"; fi
page=$(find "$one/out/reports/runs" -name '*.html' | head -1)
if [ -n "$page" ] && python3 - "$page" "$one/out/reports/index.html" <<'PY'
import sys
page, index = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
banner = '<div class="banner status failed" role="status"><strong>Exit status 2: finished with input errors</strong>'
for name, html in (("run page", page), ("index", index)):
    assert banner in html, f"{name}: no red exit-2 banner"
    assert "banner quiet" not in html and "banner status ok" not in html, f"{name}: a green all-clear"
    start = html.index(banner)
    reasons = html[start:html.index("</div>", start)]
    assert "<li>clinic/cut-off.json: " in reasons, f"{name}: the failed file is not among the reasons"
    assert html.index(banner) < html.index("<h2>Summary</h2>"), f"{name}: the banner is below the numbers"
assert page.index('<h2 id="input-errors">Input errors</h2>') < page.index("<h2>Summary</h2>"), "input errors below the numbers"
assert page.index("cut-off.json</td>") < page.index("<h2>Agents</h2>"), "the failed file is listed below the agents"
PY
then pass "one bad file: red banner with the file and reason, input errors first, no all-clear"; else
  fail "one bad file: report banner ($page)"; fi
set +e
"$bin" report "$one/out" --trace-url 'ftp://traces.example.com/{trace_id}' >/dev/null 2>&1
status=$?
set -e
if [ "$status" -eq 64 ]; then pass "--trace-url without http(s) exits 64"; else fail "--trace-url ftp:// exited $status"; fi
"$bin" report "$one/out" --trace-url 'https://traces.example.com/trace/{trace_id}' >/dev/null 2>&1 || true
trace=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select trace_id from projects where name = ? order by id desc", ("clinic",)).fetchone()[0])' "$one/out/reqeng.sqlite")
if grep -q "href=\"https://traces.example.com/trace/$trace\"" "$page"; then pass "--trace-url links the project's trace $trace"; else
  fail "--trace-url: no link to trace '$trace'"; fi

# 5b. Secrets: a canary API key in the environment and keys pasted into a transcript appear nowhere.
canary="reqeng-canary-$(date +%s)-7f3a9c"
mkdir -p "$work/secret/in/ops"
printf 'Ana: The system must rotate keys. Our key is %s, and sk-live0123456789abcdefXYZ too.
Tom: Right, the password: Hunter2Hunter2 must change.
' \
  "$canary" >"$work/secret/in/ops/notes.txt"
OPENAI_API_KEY="$canary" "$bin" run "$work/secret/in" --output "$work/secret/out" 2>"$work/secret/err" || true
if grep -rqa -e "$canary" -e "sk-live0123456789" -e "Hunter2Hunter2" "$work/secret/out" "$work/secret/err"; then
  fail "a secret leaked into the outputs"; else pass "no secret in any output file (built-in engine)"; fi

# 6. One writer: a second run on the same output directory exits 75 at once.
"$bin" run inputs --output "$work/locked" --format pdf 2>/dev/null &
first=$!
sleep 0.3
set +e
start=$(date +%s%N)
"$bin" run inputs --output "$work/locked" 2>"$work/locked.err"
status=$?
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
# "At once" means while the first run still holds the lock, not within a wall-clock budget that a
# loaded machine can miss.
if kill -0 "$first" 2>/dev/null; then first_alive=1; else first_alive=0; fi
set -e
wait "$first" || true
if [ "$status" -eq 75 ] && [ "$first_alive" -eq 1 ]; then
  pass "concurrent run exits 75 while the first still runs (${elapsed_ms} ms)"; else
  fail "concurrent run exited $status after ${elapsed_ms} ms (first run alive: $first_alive): $(cat "$work/locked.err")"; fi

# 7. No input: exit 66. A folder with no transcript is recorded and reported with its reason (a
# missing one creates nothing at all: scripts/e2e-install.sh checks that).
mkdir -p "$work/no-transcripts"
set +e
"$bin" run "$work/no-transcripts" --output "$work/none" 2>/dev/null
status=$?
set -e
if [ "$status" -eq 66 ]; then pass "input without transcripts exits 66"; else fail "input without transcripts exited $status"; fi
if grep -q '<strong>Exit status 66: failed: no input</strong>' "$work/none/reports/index.html" &&
  grep -q '<li>.*no-transcripts.*</li>' "$work/none/reports/index.html"; then
  pass "no input: the report says exit 66 and why"; else fail "no input: no exit-66 banner with its reason"; fi

# 8. Extraction quality on the labelled conversations: the JSON report is complete and sane, no
# statement flips a negation, and the README shows the numbers this binary reproduces.
if "$bin" eval --conversations eval/conversations --gold eval/gold/interviews --json >"$work/eval.json" 2>/dev/null &&
  python3 - "$work/eval.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["stated"] > 0 and report["gold"] > 0, report
assert all(0 <= report[k] <= 1 for k in ("precision", "recall", "f1")), report
assert report["negation_changes"] == 0, report["negation_changes"]
assert [b["lower"] for b in report["reliability"]] == [0, 0.5, 0.6, 0.7, 0.8, 0.9], report["reliability"]
assert sum(b["count"] for b in report["reliability"]) == report["stated"]
assert len(report["conversations"]) == 5
PY
then pass "eval --conversations: complete report, no negation changes"; else fail "eval --conversations report"; fi
meetings=${MEETINGS:-../shared/data/meetings}
if [ -d "$meetings" ]; then
  line=$("$bin" eval --conversations "$meetings" --gold eval/gold/meetings --conversations eval/conversations \
    --gold eval/gold/interviews 2>/dev/null | awk '$1 == "all" { print $2, $3, $5, $6, $7 }')
  read -r stated gold p r f <<<"$line"
  if grep -qF "| development set, all | $stated | $gold | $p | $r | $f |" README.md; then
    pass "README shows the reproduced dev numbers ($stated stated, $gold gold, $p $r $f)"
  else fail "README does not show the dev numbers this binary reproduces: precision $p recall $r f1 $f"; fi
fi
# Transcripts without question marks: the questions are marked again, the run says so, and the
# README shows the recall this binary reproduces on the interviews with every "?" removed.
mkdir -p "$work/no-qm"
for f in eval/conversations/*; do sed 's/?//g' "$f" >"$work/no-qm/${f##*/}"; done
recall=$("$bin" eval --conversations "$work/no-qm" --gold eval/gold/interviews 2>/dev/null |
  awk '$1 == "all" { print $6 }')
"$bin" run "$work/no-qm" -o "$work/no-qm-out" >/dev/null 2>"$work/no-qm.err" || true
if grep -q "no question marks" "$work/no-qm.err" && grep -qF "recall is $recall with this" README.md; then
  pass "a transcript without question marks is read with its questions (recall $recall, as the README says)"
else fail "without question marks: recall $recall is not the README's, or no notice was given"; fi
set +e
"$bin" eval --conversations eval/conversations --gold "$work/no-gold" 2>/dev/null
status_missing=$?
"$bin" eval --conversations eval/conversations 2>/dev/null
status_usage=$?
set -e
if [ "$status_missing" -eq 66 ] && [ "$status_usage" -eq 64 ]; then pass "eval: missing gold exits 66, no --gold exits 64"
else fail "eval: missing gold exited $status_missing, no --gold exited $status_usage"; fi

# 9. The hardening regressions: hostile names, signals, shards, stores and endpoint faults.
if scripts/e2e-hardening.sh "$bin"; then pass "hardening regressions"; else fail "hardening regressions"; fi

if [ "$failures" -gt 0 ]; then
  echo "e2e: $failures check(s) failed"
  exit 1
fi
echo "e2e: all checks passed"
