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
for ext in md json; do
  written=$(find "$work/a/rd" -name "*.$ext" | wc -l)
  if [ "$written" -eq "$projects" ]; then pass "$written .$ext RDs for $projects projects"; else
    fail "$written .$ext RDs for $projects projects"; fi
done

# 2. Determinism: a second run gives byte-identical rd/ files.
"$bin" run inputs --output "$work/b" 2>/dev/null || true
if diff -r "$work/a/rd" "$work/b/rd" >/dev/null; then pass "two runs give byte-identical rd/"; else
  fail "rd/ differs between two runs"; fi

# 3. Schema and traceability, checked by an independent validator.
if python3 scripts/check_rd.py schemas/rd.schema.json inputs "$work/a"; then pass "RD JSON valid, refs trace to turns"; else
  fail "RD JSON schema or traceability"; fi

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
"$bin" run "$bad/in" --output "$bad/out" 2>"$bad/err"
status=$?
set -e
if [ "$status" -eq 2 ]; then pass "mixed batch exits 2"; else fail "mixed batch exited $status"; fi
if [ -s "$bad/out/rd/good.json" ]; then pass "good project written beside bad files"; else fail "good project not written"; fi
for name in empty.txt random.txt latin1.txt huge.txt deep.json truncated.json broken.vtt link.txt; do
  if grep -q "$name" "$bad/err"; then pass "bad file named: $name"; else fail "bad file not named: $name"; fi
done
if grep -rq 'secret outside text' "$bad/out"; then fail "symlink target was read"; else pass "symlink target never read"; fi

# 6. No input: exit 66.
set +e
"$bin" run "$work/does-not-exist" --output "$work/none" 2>/dev/null
status=$?
set -e
if [ "$status" -eq 66 ]; then pass "missing input exits 66"; else fail "missing input exited $status"; fi

if [ "$failures" -gt 0 ]; then
  echo "e2e: $failures check(s) failed"
  exit 1
fi
echo "e2e: all checks passed"
