#!/usr/bin/env bash
# End-to-end check of --engine openai against the local OpenAI-compatible endpoint (reqeng-fake-llm)
# that rate-limits its first 2 requests (fewer than 1 + --retries, so no node falls back): exit 0, token metrics equal to the endpoint's summed usage,
# a second identical run makes no request, and a canary API key appears in no output file.
# Usage: scripts/e2e-openai.sh PATH/TO/reqeng   (reqeng-fake-llm is expected beside it)
set -euo pipefail
bin=${1:?usage: scripts/e2e-openai.sh PATH/TO/reqeng}
fake="$(dirname "$bin")/reqeng-fake-llm"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cd "$root"
"$fake" --port 0 --rate-limit-first 2 >"$work/fake.out" 2>&1 &
fake_pid=$!
trap 'kill "$fake_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q '^listening on ' "$work/fake.out" && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/fake.out")
[ -n "$base" ] || { echo "e2e-openai: FAIL the fake endpoint did not start"; exit 1; }
failures=0
pass() { echo "e2e-openai: ok   $*"; }
fail() { echo "e2e-openai: FAIL $*"; failures=$((failures + 1)); }
canary="sk-e2e-canary-$RANDOM$RANDOM"
run() { OPENAI_API_KEY=$canary "$bin" run inputs --output "$work/out" --engine openai --base-url "$base" --model gpt-4o-mini; }

if run 2>"$work/run1.err"; then pass "rate-limited endpoint: run exits 0"; else fail "run exited $?: $(tail -3 "$work/run1.err")"; fi
stats=$(curl -sf "$base/stats")
requests=$(jq .requests <<<"$stats")
for pair in prompt:prompt_tokens completion:completion_tokens; do
  expected=$(jq ".${pair#*:}" <<<"$stats")
  actual=$(sed -n "s/^llm_tokens_total{model=\"gpt-4o-mini\",token_type=\"${pair%%:*}\"} //p" "$work/out/metrics/metrics.prom")
  if [ "$actual" = "$expected" ]; then pass "${pair%%:*} tokens $actual = endpoint usage"; else
    fail "${pair%%:*} tokens: metrics '$actual', endpoint usage '$expected'"; fi
done
errors=$(sed -n 's/^llm_requests_total{model="gpt-4o-mini",status="error"} //p' "$work/out/metrics/metrics.prom")
if [ "$errors" = 2 ]; then pass "$requests requests, the first 2 rate-limited and retried"; else
  fail "expected 2 rate-limited requests in llm_requests_total, found '$errors'"; fi

if run 2>"$work/run2.err"; then pass "second run exits 0"; else fail "second run exited $?"; fi
again=$(curl -sf "$base/stats" | jq .requests)
if [ "$again" = "$requests" ]; then pass "second identical run made no request"; else
  fail "second run made $((again - requests)) requests"; fi
if grep -rqF "$canary" "$work/out"; then fail "the API key appears in $(grep -rlF "$canary" "$work/out" | head -1)"; else
  pass "the API key appears in no output file"; fi
exit $((failures > 0))
