#!/usr/bin/env python3
"""Checks a run's traces, logs and metrics against each other, independently of reqeng's code.

- traces/<run>.otlp.jsonl: every line is an OTLP/JSON ExportTraceServiceRequest with lowercase hex
  ids (32/16), unix-nano times as strings and a service.name resource attribute; every `agent.<name>`
  span's parent chain reaches the run's root span.
- logs/<run>.jsonl: every line is a JSON object with the contract fields; each agent span has an
  agent_start and an agent_complete/agent_error line carrying the same trace id; counts, durations
  and confidences are JSON numbers, not strings.
- sessions: an agent span of a one-session project carries session.id, and its completion line the
  same session_id; a span of a project of several sessions names none.
- metrics/metrics.json: agent_invocations_total per agent grew by the number of agent spans since
  the totals the previous run kept in reqeng.sqlite (counters continue from run to run; a fresh
  output directory starts at 0).

Usage: check_telemetry.py OUTPUT_DIR [RUN_ID]
  (without RUN_ID, the run whose id sorts last; two runs started in the same second have ids that
  do not sort by time, so a caller that made several runs names the one to check)
"""

import collections
import json
import pathlib
import re
import sqlite3
import sys

HEX32 = re.compile(r"^[0-9a-f]{32}$")
HEX16 = re.compile(r"^[0-9a-f]{16}$")
NUMBER_FIELDS = ("duration_ms", "confidence", "requirements_count", "requirements_added", "turns")
LOG_FIELDS = {"timestamp", "service", "level", "message", "request_id", "session_id", "user_id", "agent",
              "event_type", "trace_id", "span_id"}


def fail(problems: list[str], message: str) -> None:
    problems.append(message)


def check(output: str, run: str = "") -> int:
    root = pathlib.Path(output)
    problems: list[str] = []
    trace_files = sorted((root / "traces").glob(f"{run or '*'}.otlp.jsonl"))
    log_files = sorted((root / "logs").glob(f"{run or '*'}.jsonl"))
    if not trace_files or not log_files:
        print("check_telemetry: FAIL no traces or logs written")
        return 1
    trace_file, log_file = trace_files[-1], log_files[-1]
    spans = {}
    for number, line in enumerate(trace_file.read_text().splitlines(), 1):
        request = json.loads(line)
        for resource_spans in request["resourceSpans"]:
            keys = {a["key"]: a["value"] for a in resource_spans["resource"]["attributes"]}
            if keys.get("service.name", {}).get("stringValue") != "reqeng":
                fail(problems, f"{trace_file.name}:{number}: resource lacks service.name=reqeng")
            for scope in resource_spans["scopeSpans"]:
                for span in scope["spans"]:
                    if not HEX32.match(span["traceId"]) or not HEX16.match(span["spanId"]):
                        fail(problems, f"span {span['name']}: ids are not lowercase hex of 32/16")
                    if not isinstance(span["startTimeUnixNano"], str) or not span["startTimeUnixNano"].isdigit():
                        fail(problems, f"span {span['name']}: start time is not a string of digits")
                    spans[span["spanId"]] = span
    roots = [s for s in spans.values() if s["name"] == "reqeng.run"]
    if len(roots) != 1:
        fail(problems, f"expected one reqeng.run root span, found {len(roots)}")
    root_id = roots[0]["spanId"] if roots else None
    agent_spans = [s for s in spans.values() if s["name"].startswith("agent.")]
    for span in agent_spans:
        current, hops = span, 0
        while current.get("parentSpanId") and hops < 20:
            current = spans.get(current["parentSpanId"], {})
            hops += 1
        if current.get("spanId") != root_id:
            fail(problems, f"span {span['name']} ({span['spanId']}) does not reach the root span")

    logs = [json.loads(line) for line in log_file.read_text().splitlines()]
    for entry in logs:
        missing = LOG_FIELDS - entry.keys()
        if missing:
            fail(problems, f"log line lacks {sorted(missing)}: {entry.get('message')}")
    for entry in logs:
        for field in NUMBER_FIELDS:
            if field in entry and not isinstance(entry[field], (int, float)):
                fail(problems, f"log field {field} is {type(entry[field]).__name__}, not a number: {entry.get('message')}")
    completions = {(e["trace_id"], e["span_id"]): e for e in logs
                   if e.get("event_type") in ("agent_complete", "agent_error")}
    for span in agent_spans:
        attributes = {a["key"]: a["value"] for a in span["attributes"]}
        sessions = int(attributes.get("reqeng.sessions.count", {}).get("intValue", "0"))
        session = attributes.get("session.id", {}).get("stringValue")
        if sessions == 1 and span["name"] != "agent.ingest" and not session:
            fail(problems, f"span {span['name']} of a one-session project lacks session.id")
        if sessions > 1 and session:
            fail(problems, f"span {span['name']} of a {sessions}-session project names session {session}")
        line = completions.get((span["traceId"], span["spanId"]))
        if session and line and line.get("session_id") != session:
            fail(problems, f"span {span['name']} has session.id {session}, its log line {line.get('session_id')}")
    starts = collections.Counter((e["trace_id"], e["span_id"]) for e in logs if e.get("event_type") == "agent_start")
    ends = collections.Counter((e["trace_id"], e["span_id"]) for e in logs
                               if e.get("event_type") in ("agent_complete", "agent_error"))
    for span in agent_spans:
        key = (span["traceId"], span["spanId"])
        if starts[key] != 1 or ends[key] != 1:
            fail(problems, f"span {span['name']} {span['spanId']}: {starts[key]} start / {ends[key]} end log lines")

    def invocations_in(snapshot):
        counts = collections.Counter()
        for family in snapshot["families"]:
            if family["name"] == "agent_invocations_total":
                for series in family["series"]:
                    counts[series["labels"]["agent_name"]] += int(series["value"])
        return counts

    invocations = invocations_in(json.loads((root / "metrics" / "metrics.json").read_text()))
    run_id = trace_file.name.removesuffix(".otlp.jsonl")
    store = sqlite3.connect(root / "reqeng.sqlite")
    previous = store.execute(
        "SELECT metric_totals.snapshot FROM metric_totals JOIN runs ON runs.id = metric_totals.run_id "
        "WHERE runs.started_at < (SELECT started_at FROM runs WHERE id = ?) "
        "ORDER BY runs.started_at DESC, runs.id DESC LIMIT 1", (run_id,)).fetchone()
    store.close()
    if previous:
        invocations.subtract(invocations_in(json.loads(previous[0])))
        invocations = +invocations
    span_counts = collections.Counter(s["name"].removeprefix("agent.") for s in agent_spans)
    if invocations != span_counts:
        fail(problems, f"agent_invocations_total {dict(invocations)} != spans {dict(span_counts)}")

    for problem in problems:
        print(f"check_telemetry: FAIL {problem}")
    print(f"check_telemetry: {len(spans)} spans, {len(agent_spans)} agent spans, {len(logs)} log lines checked")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        sys.exit(64)
    sys.exit(check(*sys.argv[1:]))
