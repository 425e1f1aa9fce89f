import ReqEngStore

/// The numbers of one run that the report and the alert rules need, computed once from the store.
package struct RunStatistics: Sendable, Hashable {
    /// One agent's invocations in the run.
    package struct Agent: Sendable, Hashable {
        package var name: String
        /// Durations in seconds, sorted ascending.
        package var durations: [Double]
        package var errors: Int
        package var confidences: [Double]

        package var invocations: Int { durations.count }
        package var errorRate: Double? { durations.isEmpty ? nil : Double(errors) / Double(durations.count) }
        package var meanConfidence: Double? {
            confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count)
        }
        package var p95: Double? { Percentile.nearestRank(95, of: durations) }
    }

    /// Agents in order of their first invocation.
    package var agents: [Agent]
    /// Every invocation's duration in seconds.
    package var allDurations: [Double]
    package var requirements: Int
    package var inferred: Int
    package var validationErrors: Int
    package var llmCalls: Int
    package var llmErrors: Int
    /// Answers that arrived but could not be used (schema violations, impossible token counts).
    package var llmInvalid: Int
    package var inputTokens: Int
    package var outputTokens: Int
    package var cost: Double
    /// Run wall time in seconds, `nil` while unfinished.
    package var durationSeconds: Double?

    package init(_ contents: RunOverview) {
        var order: [String] = []
        var byName: [String: Agent] = [:]
        for invocation in contents.invocations {
            if byName[invocation.agent] == nil {
                order.append(invocation.agent)
                byName[invocation.agent] = Agent(name: invocation.agent, durations: [], errors: 0, confidences: [])
            }
            byName[invocation.agent]?.durations.append(Double(invocation.durationNanoseconds) / 1e9)
            if invocation.status != "success" { byName[invocation.agent]?.errors += 1 }
            if let confidence = invocation.confidence { byName[invocation.agent]?.confidences.append(confidence) }
        }
        agents = order.compactMap { name in
            byName[name].map { agent in
                var sorted = agent
                sorted.durations.sort()
                return sorted
            }
        }
        allDurations = contents.invocations.map { Double($0.durationNanoseconds) / 1e9 }.sorted()
        requirements = contents.requirements
        inferred = contents.inferred
        validationErrors = contents.issues(severity: "error")
        llmCalls = contents.llmCalls.count
        llmErrors = contents.llmCalls.filter { $0.status != "success" }.count
        llmInvalid = contents.llmCalls.filter { $0.status == "invalid_answer" || $0.status == "invalid_usage" }.count
        inputTokens = contents.llmCalls.reduce(0) { $0 + $1.inputTokens }
        outputTokens = contents.llmCalls.reduce(0) { $0 + $1.outputTokens }
        cost = contents.llmCalls.reduce(0) { $0 + $1.costUsd }
        durationSeconds = contents.run.endedAt.map { $0.timeIntervalSince(contents.run.startedAt) }
    }

    /// p95 over all agent invocations of the run.
    package var p95: Double? { Percentile.nearestRank(95, of: allDurations) }
}
