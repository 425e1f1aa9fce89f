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

# GenAI conventions on the spans and in the metrics of the first run.
if python3 - "$work/out" "$stats" <<'PY'; then pass "GenAI spans and histograms follow the current conventions"; else fail "GenAI conventions"; fi
import glob, json, re, sys
out, stats = sys.argv[1], json.loads(sys.argv[2])
spans = [s for path in glob.glob(out + "/traces/*.otlp.jsonl") for line in open(path)
         for r in json.loads(line)["resourceSpans"] for sc in r["scopeSpans"] for s in sc["spans"]]
calls = [s for s in spans if s["kind"] == 3]
assert calls, "no client spans"
for span in calls:
    a = {x["key"]: x["value"] for x in span["attributes"]}
    assert span["name"] == "chat gpt-4o-mini", span["name"]
    assert a["gen_ai.operation.name"]["stringValue"] == "chat"
    assert a["gen_ai.provider.name"]["stringValue"] == "openai"
    assert "gen_ai.system" not in a, "deprecated gen_ai.system"
    assert a["gen_ai.request.model"]["stringValue"] == "gpt-4o-mini"
    assert a["server.address"]["stringValue"] == "127.0.0.1"
    assert int(a["server.port"]["intValue"]) > 0
    if "error.type" not in a:
        assert a["gen_ai.response.model"]["stringValue"] == "gpt-4o-mini"
        assert [v["stringValue"] for v in a["gen_ai.response.finish_reasons"]["arrayValue"]["values"]] == ["stop"]
        assert int(a["gen_ai.usage.input_tokens"]["intValue"]) > 0
prom = open(out + "/metrics/metrics.prom").read()
def total(pattern):
    return sum(float(m) for m in re.findall(pattern + r"\} (\S+)", prom))
assert total(r'gen_ai_client_token_usage_sum\{[^}]*gen_ai_token_type="input"[^}]*') == stats["prompt_tokens"]
assert total(r'gen_ai_client_token_usage_sum\{[^}]*gen_ai_token_type="output"[^}]*') == stats["completion_tokens"]
assert total(r'gen_ai_client_operation_duration_seconds_count\{[^}]*') == len(calls)
assert 'gen_ai_client_operation_duration_seconds_bucket{' in prom and 'le="81.92"' in prom
assert 'gen_ai_client_token_usage_bucket{' in prom and 'le="67108864"' in prom
PY
cp "$work/out/metrics/metrics.prom" "$work/first.prom"

if run 2>"$work/run2.err"; then pass "second run exits 0"; else fail "second run exited $?"; fi
# No request in the second run: the cumulative LLM counters stay where the first run left them.
for series in 'llm_tokens_total{model="gpt-4o-mini",token_type="prompt"}' 'llm_requests_total{model="gpt-4o-mini",status="error"}'; do
  if [ "$(grep -F "$series " "$work/first.prom")" = "$(grep -F "$series " "$work/out/metrics/metrics.prom")" ]; then
    pass "$series continues unchanged across a run without requests"; else fail "$series changed without a request"; fi
done
if grep -q '^reqeng_last_run_cost_usd 0$' "$work/out/metrics/metrics.prom"; then pass "the second run cost nothing"; else
  fail "reqeng_last_run_cost_usd of a cached run: $(grep '^reqeng_last_run_cost_usd' "$work/out/metrics/metrics.prom")"; fi
again=$(curl -sf "$base/stats" | jq .requests)
if [ "$again" = "$requests" ]; then pass "second identical run made no request"; else
  fail "second run made $((again - requests)) requests"; fi
if grep -rqF "$canary" "$work/out"; then fail "the API key appears in $(grep -rlF "$canary" "$work/out" | head -1)"; else
  pass "the API key appears in no output file"; fi
exit $((failures > 0))
