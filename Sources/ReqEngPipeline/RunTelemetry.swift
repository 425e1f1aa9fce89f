import Foundation
import Logging
import Metrics
import ReqEngBase
import ReqEngTelemetry
import Synchronization
import Tracing

/// The telemetry of one `reqeng run`: the generic ``TelemetrySession`` set up with reqeng's metric
/// catalogue, the totals carried over from the previous run, and the run-level gauges.
///
/// Counters and histograms count over the life of the output directory: ``restoreTotals(from:)``
/// adds the totals the previous run left in the run store, and ``finish(_:totals:)`` keeps the new
/// ones there, so successive `metrics.prom` files are one rising series for `rate()` and
/// `increase()`. The `reqeng_last_run_*` gauges describe the last run alone (`RunTelemetry+Gauges.swift`).
///
/// Bind ``context`` around the run (`TelemetryContext.$current.withValue(telemetry.context) { … }`)
/// so every log line carries the run and user; call ``finish(_:totals:)`` once at the end.
package final class RunTelemetry: Sendable {
    package static let systemInfo = MetricFamilyDescriptor(
        name: "system_info", help: "Constant 1, labelled with the reqeng build that wrote the metrics.",
        type: .gauge, labelNames: ["version"])
    package static let lastSuccess = MetricFamilyDescriptor(
        name: "reqeng_last_success_timestamp_seconds",
        help: "Unix time at which the last successful run finished.", type: .gauge)
    /// The run-level gauges.
    package static let metricFamilies = [systemInfo, lastSuccess] + lastRunFamilies

    package let runID: String
    package let userID: String
    package let session: TelemetrySession
    let clock: TelemetryClock
    /// Last success time found in the previous `metrics.json`, carried over by failed runs so the
    /// staleness alert measures time since the last success, not since the last attempt.
    private let previousSuccess: Double?
    /// The totals restored at the start, so the gauges can tell what this run added.
    private let baseline = Mutex<[MetricFamilySnapshot]>([])

    package var logger: Logger { session.logger }
    package var tracer: OTLPFileTracer { session.tracer }
    package var metrics: PrometheusRegistry { session.metrics }
    package var context: TelemetryContext { session.context }
    package var paths: TelemetrySession.Paths { session.paths }

    /// Creates `logs/`, `traces/` and `metrics/` under `outputDirectory` and opens the run's files.
    ///
    /// - Parameters:
    ///   - clock: fixed time for logs, spans and the success timestamp; nil for the wall clock.
    ///   - environment: read for the OpenTelemetry SDK variables (`OTLPExporterSettings`).
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

    /// Adds the totals the previous run kept in `store` to the counters and histograms. A fresh
    /// output directory has none and starts at 0; unreadable totals are a warning and start at 0 too
    /// (Prometheus reads that as a counter reset, never as a negative rate).
    package func restoreTotals(from store: any MetricTotalsStore) {
        let totals: [MetricFamilySnapshot]
        do {
            guard let data = try store.latestMetricTotals() else { return }
            totals = try MetricsSnapshot(data: data).familySnapshots()
        } catch {
            logger.warning(
                "the previous run's metric totals could not be read; counters start again at 0",
                metadata: ["event_type": "metrics_restore_failed", "reason": "\(error)"])
            return
        }
        let skipped = metrics.restore(totals)
        if !skipped.isEmpty {
            logger.notice(
                "metric families whose type or buckets changed start again at 0: \(skipped.joined(separator: ", "))",
                metadata: ["event_type": "metrics_restore_partial"])
        }
        baseline.withLock { $0 = totals }
    }

    /// Records the `reqeng_last_run_*` gauges, keeps the counters and histograms in `totals` for
    /// the next run, flushes traces, writes the metrics files and pushes them if configured.
    ///
    /// One snapshot serves the store and both files, so `metrics.prom` never shows a total the next
    /// run would not continue from. Throws only when the metrics files cannot be written (an output
    /// failure); totals that cannot be kept are a warning (the next run starts again at 0).
    package func finish(_ end: RunEnd, totals: (any MetricTotalsStore)?) async throws(TelemetryError) {
        recordLastRunGauges(end, baseline: baseline.withLock { $0 })
        let successTime = end.succeeded ? clock.now().timeIntervalSince1970 : previousSuccess
        if let successTime {
            Gauge(label: Self.lastSuccess.name, factory: metrics).record(successTime)
        }
        await tracer.shutdown()
        let snapshot = metrics.snapshot()
        if let totals {
            let cumulative = snapshot.filter { $0.descriptor.type != .gauge }
            do {
                try totals.saveMetricTotals(run: runID, snapshot: MetricsSnapshot(cumulative).encoded())
            } catch {
                logger.warning(
                    "the run's metric totals could not be kept in the run store; the next run's counters start at 0",
                    metadata: ["event_type": "metrics_totals_not_saved", "reason": "\(error)"])
            }
        }
        try await session.finish(snapshot: snapshot)
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
