#!/usr/bin/env python3
"""Evaluates the dashboard's main queries on two real consecutive metrics.prom snapshots of one
output directory, with promtool, and checks that each returns what its panel promises.

The series given to `promtool test rules` are shaped as Prometheus reads them through the textfile
collector: the first snapshot scraped every minute for 30 minutes, then the second one for 30
minutes (flat between runs, one step at the second run). Each query is taken from the dashboard by
panel title, its Grafana range variables set to 30m, and evaluated at the last scrape, so the range
holds exactly the second run's step.

Two kinds of expectations, both must hold:
- promtool's: the value Prometheus must return, computed here from the snapshots the way
  Prometheus 2 evaluates increase(), rate() and histogram_quantile() on such series;
- the panel's promise, from independent facts of the second run: executions equal its agent spans
  in the traces file, the error ratio and mean confidence equal its reqeng_last_run_* gauges, the
  p95 estimate lies in the bucket of its exact p95 (the run report's), requirements by type add up
  to its requirement count, and the "last run" stat panels show its gauges.

Usage: check-dashboard-values.py DASHBOARD.json FIRST_metrics.prom OUTPUT_DIR_AFTER_SECOND_RUN
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

SCRAPES = 30  # per snapshot, one a minute
WINDOW = "30m"
EVAL = f"{2 * SCRAPES - 1}m"
LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def parse(path):
    """{(name, ((label, value), ...)): value} of a text exposition."""
    series = {}
    for line in pathlib.Path(path).read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        match = LINE.match(line)
        if not match:
            raise SystemExit(f"check-dashboard-values: cannot read {path}: {line}")
        labels = tuple(sorted((k, v.replace('\\"', '"').replace("\\\\", "\\")) for k, v in LABEL.findall(match[3] or "")))
        series[(match[1], labels)] = float(match[4])
    return series


def selector(name, labels):
    inner = ",".join(f"{k}={json.dumps(v)}" for k, v in labels)
    return f"{name}{{{inner}}}" if inner else name


def increases(first, second, name, rate=False):
    """increase()/rate() over the window at the last scrape: S2 - S1 for series in both snapshots,
    0 for series that appear in the second (a new series is counted from its first sample)."""
    result = {}
    for (series_name, labels), value in second.items():
        if series_name != name:
            continue
        before = first.get((series_name, labels), value)
        delta = value - before
        # Prometheus multiplies by one factor: (extrapolated / sampled interval) / range seconds.
        result[labels] = delta * (1.0 / (SCRAPES * 60.0)) if rate else delta
    return result


def group(values, by):
    """sum by (by) of {labels: value}, keyed by the tuple of the by-labels' values."""
    sums = {}
    for labels, value in values.items():
        key = tuple(dict(labels).get(name, "") for name in by)
        sums[key] = sums.get(key, 0.0) + value
    return sums


def quantile(q, buckets):
    """Prometheus 2's bucketQuantile over [(upper bound, cumulative count)]."""
    buckets = sorted(buckets)
    if not buckets or buckets[-1][0] != float("inf"):
        return None
    merged = []
    for bound, count in buckets:
        if merged and merged[-1][0] == bound:
            merged[-1] = (bound, merged[-1][1] + count)
        else:
            merged.append((bound, count))
    highest = merged[0][1]
    for index in range(1, len(merged)):
        if merged[index][1] < highest:
            merged[index] = (merged[index][0], highest)
        highest = max(highest, merged[index][1])
    if len(merged) < 2 or merged[-1][1] == 0:
        return None
    rank = q * merged[-1][1]
    b = next((i for i in range(len(merged) - 1) if merged[i][1] >= rank), len(merged) - 1)
    if b == len(merged) - 1:
        return merged[-2][0]
    if b == 0 and merged[0][0] <= 0:
        return merged[0][0]
    start, end, count = 0.0, merged[b][0], merged[b][1]
    if b > 0:
        start = merged[b - 1][0]
        count -= merged[b - 1][1]
        rank -= merged[b - 1][1]
    return start + (end - start) * (rank / count)


def histogram_quantiles(first, second, name, by, rate=False):
    per_bucket = increases(first, second, name + "_bucket", rate)
    grouped = {}
    for labels, value in per_bucket.items():
        mapping = dict(labels)
        key = tuple(mapping.get(n, "") for n in by)
        grouped.setdefault(key, {})
        bound = float(mapping["le"])
        grouped[key][bound] = grouped[key].get(bound, 0.0) + value
    return {key: quantile(0.95, list(b.items())) for key, b in grouped.items()}


def gauge(snapshot, name, by=()):
    return {tuple(dict(labels).get(n, "") for n in by): value
            for (series_name, labels), value in snapshot.items() if series_name == name}


def bucket_of(value, bounds):
    return next((i for i, bound in enumerate(bounds) if value <= bound), len(bounds))


def agent_spans(output):
    traces = sorted((pathlib.Path(output) / "traces").glob("*.otlp.jsonl"))[-1]
    counts = {}
    for line in traces.read_text().splitlines():
        for resource in json.loads(line)["resourceSpans"]:
            for scope in resource["scopeSpans"]:
                for span in scope["spans"]:
                    if span["name"].startswith("agent."):
                        name = span["name"].removeprefix("agent.")
                        counts[name] = counts.get(name, 0) + 1
    return counts


def main(dashboard_path, first_path, output):
    dashboard = json.loads(pathlib.Path(dashboard_path).read_text())
    exprs = {p["title"]: p["targets"][0]["expr"] for p in dashboard["panels"] if p.get("targets")}
    first = parse(first_path)
    second = parse(pathlib.Path(output) / "metrics" / "metrics.prom")
    problems = []

    def promise(ok, message):
        if not ok:
            problems.append(message)

    tests = []  # (panel title, [(labels dict, value)])

    # Agent executions in range = the second run's agent spans.
    executions = group(increases(first, second, "agent_invocations_total"), ["agent_name"])
    spans = agent_spans(output)
    promise({k[0]: v for k, v in executions.items()} == {k: float(v) for k, v in spans.items()},
            f"executions in range {executions} are not the second run's agent spans {spans}")
    tests.append(("Agent executions in range", [({"agent_name": k[0]}, v) for k, v in executions.items()]))

    # Agent error ratio in range = the second run's reqeng_last_run_agent_error_ratio.
    invocations = increases(first, second, "agent_invocations_total")
    successes = group({l: v for l, v in invocations.items() if dict(l).get("status") == "success"}, ["agent_name"])
    totals = group(invocations, ["agent_name"])
    ratios = {k: 1 - successes.get(k, 0.0) / totals[k] for k in totals if k in successes}
    last_ratio = gauge(second, "reqeng_last_run_agent_error_ratio", ["agent_name"])
    for key, value in ratios.items():
        promise(abs(value - last_ratio.get(key, -1)) < 1e-12, f"error ratio of {key[0]}: {value} vs gauge {last_ratio.get(key)}")
    tests.append(("Agent error ratio in range", [({"agent_name": k[0]}, v) for k, v in ratios.items()]))

    # Agent duration p95 in range: in the bucket of the second run's exact p95.
    bounds = sorted({float(dict(l)["le"]) for (n, l) in second if n == "agent_duration_seconds_bucket"} - {float("inf")})
    estimates = histogram_quantiles(first, second, "agent_duration_seconds", ["agent_name"])
    exact = gauge(second, "reqeng_last_run_agent_duration_p95_seconds", ["agent_name"])
    for key, value in estimates.items():
        promise(key in exact and bucket_of(value, bounds) == bucket_of(exact[key], bounds),
                f"p95 of {key[0]}: estimate {value} not in the bucket of the exact {exact.get(key)}")
    tests.append(("Agent duration p95 in range", [({"agent_name": k[0]}, v) for k, v in estimates.items()]))
    per_run = histogram_quantiles(first, second, "agent_duration_seconds", ["agent_name"], rate=True)
    for key, value in per_run.items():
        promise(bucket_of(value, bounds) == bucket_of(exact[key], bounds), f"per-run p95 of {key[0]} off its bucket")
    tests.append(("Agent duration p95 per run", [({"agent_name": k[0]}, v) for k, v in per_run.items()]))

    # Agent mean confidence in range = the second run's mean confidence.
    sums = group(increases(first, second, "agent_confidence_score_sum"), ["agent_name"])
    counts = group(increases(first, second, "agent_confidence_score_count"), ["agent_name"])
    means = {k: sums[k] / counts[k] for k in counts if counts[k] > 0}
    last_mean = gauge(second, "reqeng_last_run_agent_mean_confidence", ["agent_name"])
    for key, value in means.items():
        promise(abs(value - last_mean.get(key, -1)) < 1e-9, f"confidence of {key[0]}: {value} vs {last_mean.get(key)}")
    tests.append(("Agent mean confidence in range", [({"agent_name": k[0]}, v) for k, v in means.items()]))

    # Requirements by type in range add up to the second run's requirements.
    by_type = group(increases(first, second, "requirements_extracted_total"), ["type"])
    last_requirements = gauge(second, "reqeng_last_run_requirements")[()]
    promise(sum(by_type.values()) == last_requirements,
            f"requirements by type {by_type} do not add up to the run's {last_requirements}")
    tests.append(("Requirements by type in range", [({"type": k[0]}, v) for k, v in by_type.items()]))

    # Findings by severity in range: the second run's findings, less issue types new in it.
    severities = group(increases(first, second, "requirements_validation_issues_total"), ["severity"])
    last_findings = gauge(second, "reqeng_last_run_findings", ["severity"])
    new_types = {l for (n, l) in second if n == "requirements_validation_issues_total" and (n, l) not in first}
    for key, value in severities.items():
        missed = sum(second[(n, l)] for (n, l) in second
                     if n == "requirements_validation_issues_total" and l in new_types and dict(l)["severity"] == key[0])
        promise(value + missed == last_findings.get(key), f"{key[0]} findings {value} + {missed} new != {last_findings.get(key)}")
    tests.append(("Validation issues by severity in range", [({"severity": k[0]}, v) for k, v in severities.items()]))

    # The last-run stat panels show the second snapshot's gauges.
    tests.append(("Requirements (last run)", [({}, last_requirements)]))
    tests.append(("Findings by severity (last run)", [({"severity": k[0]}, v) for k, v in last_findings.items()]))
    tests.append(("Agent duration p95 (last run)", [({"agent_name": k[0]}, v) for k, v in exact.items()]))
    status = [dict(l)["status"] for (n, l), v in second.items() if n == "reqeng_last_run_status" and v == 1]
    promise(len(status) == 1, f"the last run has {len(status)} statuses")
    tests.append(("Last run status", [({"status": s}, 1.0) for s in status]))

    with tempfile.TemporaryDirectory() as work:
        lines = ["rule_files: []", "evaluation_interval: 1m", "tests:", "  - interval: 1m", "    input_series:"]
        for (name, labels) in sorted(set(first) | set(second)):
            values = [first.get((name, labels)), second.get((name, labels))]
            text = " ".join(("_" if v is None else repr(v)) for v in values for _ in range(SCRAPES))
            text = text.replace("inf", "+Inf")
            lines.append(f"      - series: {json.dumps(selector(name, labels))}")
            lines.append(f'        values: "{text}"')
        lines.append("    promql_expr_test:")
        for title, samples in tests:
            expr = exprs.get(title)
            if expr is None:
                problems.append(f"no panel titled {title!r} in {dashboard_path}")
                continue
            expr = expr.replace("$__rate_interval", WINDOW).replace("$__range", WINDOW)
            lines.append(f"      - expr: {json.dumps(expr)}")
            lines.append(f"        eval_time: {EVAL}")
            lines.append("        exp_samples:" + ("" if samples else " []"))
            for labels, value in samples:
                lines.append(f"          - labels: {json.dumps(selector('', tuple(sorted(labels.items()))) or '{}')}")
                lines.append(f"            value: {repr(float(value))}")
        test_file = pathlib.Path(work) / "dashboard_test.yml"
        test_file.write_text("\n".join(lines) + "\n")
        result = subprocess.run(["promtool", "test", "rules", str(test_file)], capture_output=True, text=True)
        if result.returncode != 0:
            problems.append("promtool: the dashboard's queries did not return the expected values:\n"
                            + result.stdout[-4000:] + result.stderr[-2000:])

    for problem in problems:
        print(f"check-dashboard-values: FAIL {problem}")
    if problems:
        return 1
    print(f"check-dashboard-values: {len(tests)} dashboard queries return what their panels promise "
          f"on two real snapshots ({len(set(first) | set(second))} series)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(64)
    sys.exit(main(*sys.argv[1:]))
