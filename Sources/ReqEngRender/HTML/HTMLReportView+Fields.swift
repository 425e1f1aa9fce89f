// Named lookups for the report templates (see ``TemplateFields``): every stored property of every
// value the `report.html` and `index.html` templates can reach, so a page of thousands of project
// rows renders without reflection. The golden report pages pin the result.

extension HTMLReportView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "report": { $0.report }, "inputList": { $0.inputList }, "status": { $0.status },
        "quietCSS": { $0.quietCSS }, "quietText": { $0.quietText }, "latencyCharts": { $0.latencyCharts },
        "confidenceChart": { $0.confidenceChart }, "breakdownCharts": { $0.breakdownCharts },
        "waterfall": { $0.waterfall }, "alerts": { $0.alerts }, "firingCount": { $0.firingCount },
        "hasFiring": { $0.hasFiring }, "trends": { $0.trends }, "hasTrends": { $0.hasTrends },
        "hasAgents": { $0.hasAgents }, "hasLLMUsage": { $0.hasLLMUsage }, "hasLLMLatency": { $0.hasLLMLatency },
        "hasInputErrors": { $0.hasInputErrors },
        "inputErrorCount": { $0.inputErrorCount }, "hasProjects": { $0.hasProjects },
        "hasTraces": { $0.hasTraces },
        "hasFindings": { $0.hasFindings }, "hasOmittedFindings": { $0.hasOmittedFindings },
    ]
}

extension HTMLReportView.StatusView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "css": { $0.css }, "headline": { $0.headline }, "reasons": { $0.reasons }, "hasReasons": { $0.hasReasons },
    ]
}

extension HTMLReportView.ChartView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = ["title": { $0.title }, "svg": { $0.svg }]
}

extension HTMLReportView.TrendView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "label": { $0.label }, "latest": { $0.latest }, "svg": { $0.svg },
    ]
}

extension HTMLReportView.AlertView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "alert": { $0.alert }, "css": { $0.css }, "state": { $0.state },
    ]
}

extension HTMLIndexView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "index": { $0.index }, "latest": { $0.latest }, "trends": { $0.trends }, "hasTrends": { $0.hasTrends },
        "runCount": { $0.runCount },
    ]
}

extension RunReport: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "header": { $0.header }, "status": { $0.status }, "tiles": { $0.tiles }, "agents": { $0.agents },
        "llmUsage": { $0.llmUsage }, "llmLatency": { $0.llmLatency }, "llmNote": { $0.llmNote },
        "percentileMethod": { $0.percentileMethod }, "latencyCharts": { $0.latencyCharts },
        "confidenceChart": { $0.confidenceChart }, "breakdownCharts": { $0.breakdownCharts },
        "waterfall": { $0.waterfall }, "alerts": { $0.alerts }, "trends": { $0.trends }, "projects": { $0.projects },
        "inputErrors": { $0.inputErrors }, "findings": { $0.findings }, "findingsOmitted": { $0.findingsOmitted },
    ]
}

extension RunReport.Header: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "runID": { $0.runID }, "toolVersion": { $0.toolVersion }, "startedAt": { $0.startedAt },
        "endedAt": { $0.endedAt }, "duration": { $0.duration }, "engine": { $0.engine }, "model": { $0.model },
        "inputs": { $0.inputs }, "configHash": { $0.configHash }, "status": { $0.status },
    ]
}

extension RunReport.Status: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "exitCode": { $0.exitCode }, "outcome": { $0.outcome }, "reasons": { $0.reasons },
        "level": { $0.level.rawValue },
    ]
}

extension RunReport.LLMUsage: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "agent": { $0.agent }, "calls": { $0.calls }, "failed": { $0.failed }, "inputTokens": { $0.inputTokens },
        "outputTokens": { $0.outputTokens }, "cost": { $0.cost },
    ]
}

extension RunReport.LLMLatency: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "model": { $0.model }, "calls": { $0.calls }, "p50": { $0.p50 }, "p95": { $0.p95 }, "max": { $0.max },
    ]
}

extension RunReport.Tile: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "label": { $0.label }, "value": { $0.value }, "detail": { $0.detail },
    ]
}

extension RunReport.AgentRow: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "agent": { $0.agent }, "invocations": { $0.invocations }, "errors": { $0.errors },
        "errorRate": { $0.errorRate }, "latencies": { $0.latencies }, "meanConfidence": { $0.meanConfidence },
    ]
}

extension RunReport.Alert: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "name": { $0.name }, "severity": { $0.severity }, "firing": { $0.firing }, "condition": { $0.condition },
        "value": { $0.value }, "subject": { $0.subject },
    ]
}

extension RunReport.Project: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "name": { $0.name }, "title": { $0.title }, "sessions": { $0.sessions }, "requirements": { $0.requirements },
        "inferred": { $0.inferred }, "findings": { $0.findings }, "error": { $0.error }, "links": { $0.links },
        "skipped": { $0.skipped }, "traceID": { $0.traceID }, "traceHref": { $0.traceHref },
    ]
}

extension RunReport.Link: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "label": { $0.label }, "href": { $0.href },
    ]
}

extension RunReport.InputError: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "project": { $0.project }, "path": { $0.path }, "kind": { $0.kind }, "reason": { $0.reason },
    ]
}

extension RunReport.Finding: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "project": { $0.project }, "id": { $0.id }, "requirement": { $0.requirement }, "severity": { $0.severity },
        "issueType": { $0.issueType }, "message": { $0.message },
    ]
}

extension RunIndex: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "latest": { $0.latest }, "latestHref": { $0.latestHref }, "runs": { $0.runs }, "trends": { $0.trends },
    ]
}

extension RunIndex.Row: TemplateFields {
    package static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "runID": { $0.runID }, "href": { $0.href }, "startedAt": { $0.startedAt }, "duration": { $0.duration },
        "status": { $0.status }, "exitCode": { $0.exitCode }, "level": { $0.level.rawValue },
        "projects": { $0.projects }, "requirements": { $0.requirements },
        "cost": { $0.cost }, "p95": { $0.p95 }, "firingAlerts": { $0.firingAlerts },
    ]
}
