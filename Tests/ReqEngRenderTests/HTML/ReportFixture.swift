import ReqEngRender

/// A fixed run report (fixed ids, clock and numbers) exercising every section, with hostile text.
enum ReportFixture {
    static let hostile =
        "<script>alert(1)</script><img src=x onerror=alert(2)> [go](javascript:alert(3)) \u{202E}fdp.exe"

    static var report: RunReport {
        RunReport(
            header: RunReport.Header(
                runID: "20261127T044500Z-1a2b3c", toolVersion: "0.1.0", startedAt: "2026-11-27T04:45:00Z",
                endedAt: "2026-11-27T04:45:07Z", duration: "7.25 s", engine: "builtin", model: "none",
                inputs: ["inputs"], configHash: "c0ffee", status: "finished"),
            status: RunReport.Status(
                exitCode: "2", outcome: "finished with input errors",
                reasons: ["kiosk/\(hostile).json: \(hostile)", "project kiosk: no usable transcript"], level: .failed),
            tiles: [
                RunReport.Tile(label: "Projects", value: "2", detail: "1 failed"),
                RunReport.Tile(label: "Requirements", value: "12", detail: "9 explicit · 3 inferred"),
                RunReport.Tile(label: "Cost", value: "$0.0000"),
            ],
            agents: [
                RunReport.AgentRow(
                    agent: "extraction", invocations: 3, errors: 1, errorRate: "33.3 %",
                    latencies: ["120 ms", "480 ms", "480 ms", "480 ms", "480 ms"], meanConfidence: "0.81")
            ],
            llmUsage: [
                RunReport.LLMUsage(
                    agent: "extraction", calls: 4, failed: 1, inputTokens: 1200, outputTokens: 300, cost: "$0.0120")
            ],
            llmLatency: [
                RunReport.LLMLatency(model: "gpt-4o-mini", calls: 4, p50: "820 ms", p95: "2.40 s", max: "2.40 s")
            ],
            percentileMethod: "nearest-rank",
            latencyCharts: [
                Chart(
                    title: "extraction (seconds)", style: .columns,
                    bars: [
                        Chart.Bar(label: "≤0.1", value: 0, display: "0"),
                        Chart.Bar(label: "≤0.5", value: 3, display: "3"),
                        Chart.Bar(label: ">60", value: 0, display: "0"),
                    ])
            ],
            confidenceChart: Chart(
                title: "Agent confidence", style: .columns, bars: [Chart.Bar(label: ".8", value: 2, display: "2")]),
            breakdownCharts: [
                Chart(
                    title: "Requirements by type", style: .bars,
                    bars: [
                        Chart.Bar(label: "functional", value: 8, display: "8"),
                        Chart.Bar(label: hostile, value: 4, display: "4"),
                    ]),
                Chart(title: "Tokens by model", style: .bars, bars: []),
            ],
            waterfall: Waterfall(
                project: "clinic", totalSeconds: 2.5,
                rows: [
                    Waterfall.Row(label: "ingest", offsetSeconds: 0, durationSeconds: 0.5, failed: false),
                    Waterfall.Row(label: "extraction", offsetSeconds: 0.5, durationSeconds: 2, failed: true),
                ]),
            alerts: [
                RunReport.Alert(
                    name: "HighAgentErrorRate", severity: "critical", firing: true, condition: "agent error rate > 5 %",
                    value: "33.3 %", subject: "extraction"),
                RunReport.Alert(
                    name: "HighLLMErrorRate", severity: "critical", firing: false, condition: "LLM error rate > 10 %",
                    value: "—", subject: nil),
            ],
            trends: [
                Trend(label: "Requirements", values: [10, 12], latest: "12"),
                Trend(label: "p95 agent latency", values: [0.4, nil, 0.48], latest: "480 ms"),
            ],
            projects: [
                RunReport.Project(
                    name: "clinic", title: "Clinic \(hostile)", sessions: 2, requirements: 12, inferred: 3, findings: 1,
                    error: nil,
                    links: [RunReport.Link(label: "md", href: "../../rd/clinic.md")],
                    traceID: "4bf92f3577b34da6a3ce929d0e0e4736"),
                RunReport.Project(
                    name: "kiosk", title: "—", sessions: 0, requirements: 0, inferred: 0, findings: 0,
                    error: "no usable transcript", links: []),
            ],
            inputErrors: [
                RunReport.InputError(
                    project: "kiosk", path: "kiosk/\(hostile).json", kind: "malformed_json", reason: hostile)
            ],
            findings: [
                RunReport.Finding(
                    project: "clinic", id: "ISS-001", requirement: "REQ-002", severity: "error",
                    issueType: "vague_term",
                    message: "vague: \(hostile)")
            ],
            findingsOmitted: 3)
    }

    static var index: RunIndex {
        RunIndex(
            latest: report, latestHref: "runs/20261127T044500Z-1a2b3c.html",
            runs: [
                RunIndex.Row(
                    runID: "20261127T044500Z-1a2b3c", href: "runs/20261127T044500Z-1a2b3c.html",
                    startedAt: "2026-11-27T04:45:00Z", duration: "7.25 s", status: "finished with input errors",
                    exitCode: "2", level: .failed, projects: 2, requirements: 12, cost: "$0.0000", p95: "480 ms",
                    firingAlerts: 1),
                RunIndex.Row(
                    runID: "20261126T044500Z-000000", href: "runs/20261126T044500Z-000000.html",
                    startedAt: "2026-11-26T04:45:00Z", duration: "6.00 s", status: "finished", exitCode: "0",
                    level: .ok, projects: 2, requirements: 10, cost: "$0.0000", p95: "400 ms", firingAlerts: 0),
            ],
            trends: [Trend(label: "Requirements", values: [10, 12], latest: "12")])
    }
}
