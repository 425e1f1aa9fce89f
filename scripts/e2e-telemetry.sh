#!/usr/bin/env bash
# End-to-end checks of the run telemetry of the real binary:
# 1. two runs on one output directory: counters continue (never fall), the last-run gauges are the
#    second run's, and the dashboard's main queries, evaluated by promtool on the two real
#    snapshots, return what their panels promise (deploy/grafana/check-dashboard-values.py);
# 2. logs keep numbers typed and name the session, spans carry session.id;
# 3. a loopback OTLP receiver gets the headers, service name and resource attributes from the
#    standard OpenTelemetry variables, and the header value is in no file reqeng writes;
#    OTEL_SDK_DISABLED=true sends nothing.
# Usage: scripts/e2e-telemetry.sh PATH/TO/reqeng
set -euo pipefail
bin=${1:?usage: scripts/e2e-telemetry.sh PATH/TO/reqeng}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
receiver_pid=
trap '[ -n "$receiver_pid" ] && kill "$receiver_pid" 2>/dev/null; rm -rf "$work"' EXIT
cd "$root"
failures=0
pass() { echo "e2e-telemetry: ok   $*"; }
fail() { echo "e2e-telemetry: FAIL $*"; failures=$((failures + 1)); }

# 1. Two consecutive runs with different inputs on one output directory.
# Run 1: two multi-session projects; run 2: a three-session project and a one-session project.
out="$work/out"
mkdir -p "$work/in1" "$work/in2"
cp -R inputs/clinic-booking inputs/mobile-banking "$work/in1/"
cp -R inputs/warehouse-inventory inputs/library-kiosk.json "$work/in2/"
"$bin" run "$work/in1" --output "$out" --format markdown,json 2>"$work/run1.err" || fail "first run: $(tail -2 "$work/run1.err")"
cp "$out/metrics/metrics.prom" "$work/first.prom"
"$bin" run "$work/in2" --output "$out" --format markdown,json 2>"$work/run2.err" ||
  fail "second run: $(tail -2 "$work/run2.err")"
# The second run's id, from its summary line: two runs started in the same second have ids that do
# not sort by time, so its files are picked by name, not as the last in order.
run2=$(sed -n 's/.*(run \([^)]*\)).*/\1/p' "$work/run2.err" | tail -1)
[ -n "$run2" ] || fail "second run: no run id in its summary line"
if python3 - "$work/first.prom" "$out/metrics/metrics.prom" <<'PY'; then pass "counters and histograms continue across runs; gauges are the last run's"; else fail "cumulative metrics"; fi
import re, sys
def read(path):
    values, types = {}, {}
    for line in open(path):
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split()
            types[name] = kind
        elif line.strip() and not line.startswith("#"):
            key, value = line.rsplit(" ", 1)
            values[key] = float(value)
    return values, types
first, types = read(sys.argv[1])
second, _ = read(sys.argv[2])
def family(key):
    name = key.split("{")[0]
    return re.sub(r"_(bucket|sum|count)$", "", name) if name not in types else name
cumulative = [k for k in first if types.get(family(k)) in ("counter", "histogram")]
assert cumulative, "no counters in the first snapshot"
fell = [k for k in cumulative if second.get(k, -1) < first[k]]
assert not fell, f"counters fell or vanished: {fell[:5]}"
grew = [k for k in cumulative if second[k] > first[k]]
assert any(k.startswith("agent_invocations_total") for k in grew), "agent executions did not grow"
assert second['reqeng_last_run_status{status="succeeded"}'] == 1
print(f"{len(cumulative)} cumulative series, {len(grew)} grew, none fell")
PY
if python3 deploy/grafana/check-dashboard-values.py deploy/grafana/dashboards/reqeng-agents.json "$work/first.prom" "$out"; then
  pass "dashboard queries on two real snapshots"; else fail "dashboard queries on two real snapshots"; fi
if python3 scripts/check_telemetry.py "$out" "$run2"; then pass "check_telemetry on the second run"; else fail "check_telemetry on the second run"; fi

# 2. Typed log fields and session ids (jq reads the log as a user would).
log="$out/logs/$run2.jsonl"
slow=$(jq -c 'select(.duration_ms != null and .duration_ms > 100000)' "$log" | wc -l)
timed=$(jq -c 'select(.duration_ms != null)' "$log" | wc -l)
if [ "$timed" -gt 0 ] && [ "$slow" -eq 0 ] && jq -e -s '[.[] | select(.duration_ms != null) | .duration_ms | type == "number"] | all' "$log" >/dev/null; then
  pass "duration_ms is a number on $timed lines (none over 100 s)"; else fail "duration_ms typed: $timed lines, $slow over 100 s"; fi
if jq -e -s '[.[] | select(.event_type == "agent_complete") | .requirements_count, .requirements_added] | all(type == "number")' "$log" >/dev/null; then
  pass "requirement counts are numbers"; else fail "requirement counts are not numbers"; fi
# library-kiosk.json is a one-session project: every line of its agents names the session.
unnamed=$(jq -c 'select(.project == "library-kiosk" and .agent != null and .event_type != "agent_start" and .session_id == null)' "$log" | wc -l)
named=$(jq -c 'select(.project == "library-kiosk" and .session_id == "library-kiosk")' "$log" | wc -l)
if [ "$unnamed" -eq 0 ] && [ "$named" -gt 0 ]; then pass "$named lines of a one-session project name its session"; else
  fail "one-session project: $named lines name the session, $unnamed agent lines do not"; fi
loaded=$(jq -r 'select(.event_type == "session_loaded") | .session_id' "$log" | sort -u | wc -l)
if [ "$loaded" -eq 4 ]; then pass "one session_loaded line per session read, with its session_id"; else
  fail "$loaded sessions named in session_loaded lines, expected 4"; fi
if python3 - "$out/traces/$run2.otlp.jsonl" <<'PY'; then pass "agent spans of the one-session project carry session.id"; else fail "session.id on spans"; fi
import json, sys
spans = [s for line in open(sys.argv[1]) for r in json.loads(line)["resourceSpans"] for sc in r["scopeSpans"] for s in sc["spans"]]
attrs = lambda s: {a["key"]: a["value"] for a in s["attributes"]}
kiosk = [s for s in spans if s["name"].startswith("agent.") and attrs(s).get("gen_ai.conversation.id", {}).get("stringValue") == "library-kiosk"]
assert len(kiosk) >= 7, len(kiosk)
assert all(attrs(s).get("session.id", {}).get("stringValue") == "library-kiosk" for s in kiosk), "a span lacks session.id"
several = [s for s in spans if s["name"].startswith("agent.") and attrs(s).get("gen_ai.conversation.id", {}).get("stringValue") == "warehouse-inventory"]
assert several and all("session.id" not in attrs(s) for s in several), "a three-session project's span names one session"
PY

# 3. The OpenTelemetry SDK variables, against a receiver on loopback.
python3 scripts/otlp_receiver.py "$work/received.jsonl" >"$work/receiver.out" 2>&1 &
receiver_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/receiver.out" && break; sleep 0.1; done
collector=$(sed -n 's/^listening on //p' "$work/receiver.out")
secret="e2e-otlp-secret-$RANDOM$RANDOM"
OTEL_EXPORTER_OTLP_ENDPOINT="$collector" OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer%20$secret,X-Tenant=e2e" \
  OTEL_SERVICE_NAME=reqeng-e2e OTEL_RESOURCE_ATTRIBUTES="deployment.environment.name=ci%2Fe2e,team=requirements" \
  "$bin" run inputs/library-kiosk.json --output "$work/otlp" --format json 2>"$work/otlp.err" || fail "OTLP run: $(tail -2 "$work/otlp.err")"
if [ -s "$work/received.jsonl" ] && python3 - "$work/received.jsonl" "$secret" <<'PY'; then pass "receiver got the headers, service name and resource from the environment"; else fail "OTLP receiver: $(head -c 300 "$work/received.jsonl" 2>/dev/null)"; fi
import json, sys
requests = [json.loads(line) for line in open(sys.argv[1])]
for request in requests:
    assert request["path"] == "/v1/traces", request["path"]
    assert request["headers"]["authorization"] == "Bearer " + sys.argv[2]
    assert request["headers"]["x-tenant"] == "e2e"
    assert request["headers"]["content-type"] == "application/json"
    for resource in json.loads(request["body"])["resourceSpans"]:
        attrs = {a["key"]: a["value"]["stringValue"] for a in resource["resource"]["attributes"]}
        assert attrs["service.name"] == "reqeng-e2e", attrs
        assert attrs["deployment.environment.name"] == "ci/e2e", attrs
        assert attrs["team"] == "requirements", attrs
        assert attrs["service.instance.id"], attrs
print(f"{len(requests)} OTLP requests")
PY
if grep -rqaF "$secret" "$work/otlp" "$work/otlp.err"; then fail "the header value is in $(grep -rlaF "$secret" "$work/otlp" | head -1)"; else
  pass "the header value is in no output file, log, trace, store or report"; fi
if jq -e -s 'map(.service) | unique == ["reqeng-e2e"]' "$work"/otlp/logs/*.jsonl >/dev/null; then pass "logs name the service from OTEL_SERVICE_NAME"; else
  fail "log service name"; fi
before=$(wc -l <"$work/received.jsonl")
OTEL_SDK_DISABLED=true OTEL_EXPORTER_OTLP_ENDPOINT="$collector" \
  "$bin" run inputs/library-kiosk.json --output "$work/disabled" --format json 2>/dev/null || fail "disabled SDK run"
if [ "$(wc -l <"$work/received.jsonl")" -eq "$before" ] && [ -s "$(ls "$work"/disabled/traces/*.otlp.jsonl)" ]; then
  pass "OTEL_SDK_DISABLED=true sends nothing (the traces file is still written)"; else fail "OTEL_SDK_DISABLED"; fi

if [ "$failures" -gt 0 ]; then
  echo "e2e-telemetry: $failures check(s) failed"
  exit 1
fi
echo "e2e-telemetry: all checks passed"
