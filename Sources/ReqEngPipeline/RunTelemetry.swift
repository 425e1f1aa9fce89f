import Foundation
import Logging
import Metrics
import ReqEngBase
import ReqEngTelemetry
import Tracing

/// The telemetry of one `reqeng run`: the generic ``TelemetrySession`` set up with reqeng's metric
/// catalogue, plus the run-level gauges (`system_info`, run duration, last success).
///
/// Bind ``context`` around the run (`TelemetryContext.$current.withValue(telemetry.context) { … }`)
/// so every log line carries the run and user; call ``finish(success:duration:)`` once at the end.
package final class RunTelemetry: Sendable {
    package static let systemInfo = MetricFamilyDescriptor(
        name: "system_info", help: "Constant 1, labelled with the reqeng build that wrote the metrics.",
        type: .gauge, labelNames: ["version"])
    package static let lastSuccess = MetricFamilyDescriptor(
        name: "reqeng_last_success_timestamp_seconds",
        help: "Unix time at which the last successful run finished.", type: .gauge)
    package static let runDuration = MetricFamilyDescriptor(
        name: "reqeng_run_duration_seconds", help: "Wall time of the last run.", type: .gauge)
    /// The run-level gauges.
    package static let metricFamilies = [systemInfo, lastSuccess, runDuration]

    package let runID: String
    package let userID: String
    package let session: TelemetrySession
    private let clock: TelemetryClock
    /// Last success time found in the previous `metrics.json`, carried over by failed runs so the
    /// staleness alert measures time since the last success, not since the last attempt.
    private let previousSuccess: Double?

    package var logger: Logger { session.logger }
    package var tracer: OTLPFileTracer { session.tracer }
    package var metrics: PrometheusRegistry { session.metrics }
    package var context: TelemetryContext { session.context }
    package var paths: TelemetrySession.Paths { session.paths }

    /// Creates `logs/`, `traces/` and `metrics/` under `outputDirectory` and opens the run's files.
    ///
    /// - Parameters:
    ///   - clock: fixed time for logs, spans and the success timestamp; nil for the wall clock.
    ///   - environment: read for `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` / `OTEL_EXPORTER_OTLP_ENDPOINT`.
    ///   - systemInfo: extra `system_info` labels (e.g. `engine`), beside `version`.
    package init(
        outputDirectory: String,
        runID: String,
        userID: String,
        logLevel: Logger.Level = .info,
        clock: TelemetryClock? = nil,
        pushgateway: URL? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        idGenerator: TraceIDGenerator = .random,
        consoleSink: any LineSink = StandardErrorSink(),
        systemInfo: [String: String] = [:]
    ) throws(TelemetryError) {
        var configuration = TelemetrySession.Configuration(
            outputDirectory: outputDirectory, runID: runID, userID: userID, serviceVersion: ToolVersion.current)
        configuration.logLevel = logLevel
        configuration.families = MetricCatalog.all
        configuration.clock = clock
        configuration.idGenerator = idGenerator
        configuration.environment = environment
        configuration.pushgateway = pushgateway
        configuration.consoleSink = consoleSink
        // Failed files have their progress line and a failed run its closing message: one line each.
        configuration.consoleSilencedEvents = ["input_error", "run_error"]
        previousSuccess = Self.recordedLastSuccess(
            inMetricsJSON: FileManager.default.contents(atPath: OutputLayout(root: outputDirectory).metricsJSONPath))
        session = try TelemetrySession(configuration)
        self.runID = runID
        self.userID = userID
        self.clock = clock ?? .system
        var labels = systemInfo
        labels["version"] = ToolVersion.current
        Gauge(label: Self.systemInfo.name, dimensions: labels.sorted { $0.key < $1.key }, factory: metrics)
            .record(1)
    }

    /// Records the run gauges, flushes traces, writes the metrics files and pushes them if configured.
    /// Throws only when the metrics files cannot be written (an output failure).
    package func finish(success: Bool, duration: Duration) async throws(TelemetryError) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        Gauge(label: Self.runDuration.name, factory: metrics).record(seconds)
        let successTime = success ? clock.now().timeIntervalSince1970 : previousSuccess
        if let successTime {
            Gauge(label: Self.lastSuccess.name, factory: metrics).record(successTime)
        }
        try await session.finish()
    }

    /// A new sortable run id, `YYYYMMDDTHHMMSSZ-<6 hex>`.
    package static func makeRunID(now: Date = Date()) -> String {
        RunIdentifier.make(at: now)
    }

    /// `$GITHUB_ACTOR`, `$GITLAB_USER_LOGIN`, `$BUILD_USER`, `$USER`, else `unknown`.
    package static func defaultUserID(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        UserIdentity.resolve(environment: environment)
    }

    /// The `reqeng_last_success_timestamp_seconds` value of an earlier `metrics.json`, if readable:
    /// a failed run, and a merge whose shards did not all succeed, carry it over.
    package static func recordedLastSuccess(inMetricsJSON data: Data?) -> Double? {
        guard let data, let snapshot = try? MetricsSnapshot(data: data) else { return nil }
        return snapshot.scalar(Self.lastSuccess.name)
    }
}
