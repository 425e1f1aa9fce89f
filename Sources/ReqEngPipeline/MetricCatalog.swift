import ReqEngTelemetry

/// Every metric family reqeng exposes (DESIGN.md §6): names, help, types, labels and buckets.
///
/// The names and labels are a contract with dashboards and alert rules under `deploy/`; the
/// WebSocket families of the original design are left out, having no meaning in a batch tool.
package enum MetricCatalog {
    package static let agentInvocations = MetricFamilyDescriptor(
        name: "agent_invocations_total", help: "Agent (graph node) executions by outcome.",
        type: .counter, labelNames: ["agent_name", "status"])
    package static let agentDuration = MetricFamilyDescriptor(
        name: "agent_duration_seconds", help: "Wall time of one agent execution.",
        type: .histogram, labelNames: ["agent_name"], buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60])
    package static let agentConfidence = MetricFamilyDescriptor(
        name: "agent_confidence_score", help: "Mean confidence (0 to 1) an agent reported for one execution.",
        type: .histogram, labelNames: ["agent_name"],
        buckets: [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
    package static let llmTokens = MetricFamilyDescriptor(
        name: "llm_tokens_total", help: "Tokens sent to and received from language models.",
        type: .counter, labelNames: ["model", "token_type"])
    package static let llmRequests = MetricFamilyDescriptor(
        name: "llm_requests_total", help: "Language model requests by outcome.",
        type: .counter, labelNames: ["model", "status"])
    package static let llmLatency = MetricFamilyDescriptor(
        name: "llm_latency_seconds", help: "Latency of one language model request.",
        type: .histogram, labelNames: ["model"], buckets: [0.5, 1, 2, 5, 10, 20, 30])
    /// A running cost in US dollars; typed gauge because it is not a `_total` counter (DESIGN.md §6).
    package static let llmCost = MetricFamilyDescriptor(
        name: "llm_cost_usd", help: "Estimated language model cost of the run, in US dollars.",
        type: .gauge, labelNames: ["model"])
    package static let requirementsExtracted = MetricFamilyDescriptor(
        name: "requirements_extracted_total", help: "Requirements found, by type and whether inferred.",
        type: .counter, labelNames: ["type", "inferred"])
    package static let validationIssues = MetricFamilyDescriptor(
        name: "requirements_validation_issues_total", help: "Quality issues found by validation.",
        type: .counter, labelNames: ["severity", "issue_type"])
    package static let dbQueryDuration = MetricFamilyDescriptor(
        name: "db_query_duration_seconds", help: "Run store query time.",
        type: .histogram, labelNames: ["operation", "table"], buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1])
    package static let dbConnectionPoolSize = MetricFamilyDescriptor(
        name: "db_connection_pool_size", help: "Open run store connections.", type: .gauge)
    package static let dbLockConflicts = MetricFamilyDescriptor(
        name: "db_optimistic_lock_conflicts_total", help: "Run store writes retried after a conflicting write.",
        type: .counter, labelNames: ["table"])
    package static let sessionsActive = MetricFamilyDescriptor(
        name: "sessions_active", help: "Transcript sessions being processed now.", type: .gauge)
    package static let sessionsCreated = MetricFamilyDescriptor(
        name: "sessions_created_total", help: "Transcript sessions read.", type: .counter)
    package static let documentsGenerated = MetricFamilyDescriptor(
        name: "rd_documents_generated_total", help: "Requirements Documents written, by format.",
        type: .counter, labelNames: ["format"])
    package static let systemInfo = MetricFamilyDescriptor(
        name: "system_info", help: "Constant 1, labelled with the reqeng build that wrote the metrics.",
        type: .gauge, labelNames: ["version"])
    package static let lastSuccess = MetricFamilyDescriptor(
        name: "reqeng_last_success_timestamp_seconds",
        help: "Unix time at which the last successful run finished.", type: .gauge)
    package static let runDuration = MetricFamilyDescriptor(
        name: "reqeng_run_duration_seconds", help: "Wall time of the last run.", type: .gauge)
    package static let inputErrors = MetricFamilyDescriptor(
        name: "reqeng_input_errors_total", help: "Input files that could not be used, by kind.",
        type: .counter, labelNames: ["kind"])

    /// The whole catalogue, as passed to the registry.
    package static let all: [MetricFamilyDescriptor] = [
        agentInvocations, agentDuration, agentConfidence, llmTokens, llmRequests, llmLatency, llmCost,
        requirementsExtracted, validationIssues, dbQueryDuration, dbConnectionPoolSize, dbLockConflicts,
        sessionsActive, sessionsCreated, documentsGenerated, systemInfo, lastSuccess, runDuration, inputErrors,
    ]
}
