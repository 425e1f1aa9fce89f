import Foundation
import Logging
import ReqEngBase

/// The logs, traces and metrics of one run, wired to files under an output directory:
/// `logs/<run-id>.jsonl`, `traces/<run-id>.otlp.jsonl`, `metrics/metrics.prom` and `metrics/metrics.json`.
///
/// Nothing is bootstrapped globally: callers pass ``logger``, ``tracer`` and ``metrics`` to the code
/// that needs them. ``finish()`` writes what is buffered; exports over the network never fail a run.
package final class TelemetrySession: Sendable {
    /// How a session is set up.
    package struct Configuration: Sendable {
        package var outputDirectory: String
        package var runID: String
        package var userID: String
        package var serviceVersion: String
        package var serviceName: String = ServiceIdentity.name
        /// Console (standard error) level; the JSON log records at this level or `info`, whichever is lower.
        package var logLevel: Logger.Level = .info
        package var families: [MetricFamilyDescriptor] = []
        /// Fixed time for logs and spans (tests, reproducible runs); nil for the wall clock.
        package var clock: TelemetryClock?
        package var idGenerator: TraceIDGenerator = .random
        /// Source of the OpenTelemetry SDK variables (``OTLPExporterSettings``).
        package var environment: [String: String] = [:]
        package var pushgateway: URL?
        package var consoleSink: any LineSink = StandardErrorSink()
        /// Log events kept off the console because the program reports them itself (see ``ConsoleLogHandler``).
        package var consoleSilencedEvents: Set<String> = []
        package var http = TelemetryHTTPClient()

        package init(outputDirectory: String, runID: String, userID: String, serviceVersion: String) {
            self.outputDirectory = outputDirectory
            self.runID = runID
            self.userID = userID
            self.serviceVersion = serviceVersion
        }
    }

    /// Where the session writes.
    package struct Paths: Sendable, Hashable {
        package var logs: String
        package var traces: String
        package var metricsText: String
        package var metricsJSON: String
    }

    package let paths: Paths
    /// Run and user of this session; bind it with `TelemetryContext.$current.withValue(...)`.
    package let context: TelemetryContext
    package let logger: Logger
    package let tracer: OTLPFileTracer
    package let metrics: PrometheusRegistry
    private let logSink: FileLineSink
    private let traceSink: FileLineSink
    private let pushgateway: PushgatewayClient?

    package init(_ configuration: Configuration) throws(TelemetryError) {
        let layout = OutputLayout(root: configuration.outputDirectory)
        for directory in [OutputLayout.logsDirectory, OutputLayout.tracesDirectory, OutputLayout.metricsDirectory] {
            let path = layout.path(directory)
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                // Foundation's text ("NSCocoaErrorDomain error 512", "a file with the same name
                // already exists") names neither the culprit nor the fix; this names both.
                throw .cannotWrite(path: path, reason: OutputWriter.directoryFailure(path, error))
            }
        }
        paths = Paths(
            logs: layout.logPath(runID: configuration.runID),
            traces: layout.tracesPath(runID: configuration.runID),
            metricsText: layout.metricsTextPath,
            metricsJSON: layout.metricsJSONPath
        )
        context = TelemetryContext(runID: configuration.runID, userID: configuration.userID)
        let otlp = try OTLPExporterSettings(
            environment: configuration.environment, serviceName: configuration.serviceName)
        logSink = try FileLineSink(path: paths.logs)
        traceSink = try FileLineSink(path: paths.traces)

        let clock = configuration.clock ?? .system
        let json = JSONLogHandler(
            label: otlp.serviceName,
            sink: logSink,
            logLevel: min(configuration.logLevel, .info),
            service: otlp.serviceName,
            clock: clock
        )
        let console = ConsoleLogHandler(
            sink: configuration.consoleSink, logLevel: configuration.logLevel, clock: clock,
            silencedEvents: configuration.consoleSilencedEvents)
        var logger = Logger(label: otlp.serviceName) { _ in
            MultiplexLogHandler([json, console], metadataProvider: .telemetry)
        }
        // Fallbacks for lines logged outside a TelemetryContext binding.
        logger[metadataKey: LogField.requestID] = .string(configuration.runID)
        logger[metadataKey: LogField.userID] = .string(configuration.userID)
        self.logger = logger

        var resource = otlp.resourceAttributes
        resource[SemanticAttributes.serviceInstanceID] = configuration.runID
        tracer = OTLPFileTracer(
            resource: .init(
                serviceName: otlp.serviceName,
                serviceVersion: configuration.serviceVersion,
                attributes: resource
            ),
            sink: traceSink,
            collector: otlp.tracesEndpoint,
            headers: otlp.headers.map { ($0.name, $0.value) },
            http: configuration.http,
            idGenerator: configuration.idGenerator,
            clock: configuration.clock,
            logger: logger
        )
        for problem in otlp.problems {
            logger.warning("\(problem)", metadata: ["event_type": "telemetry_config_ignored"])
        }
        metrics = PrometheusRegistry(families: configuration.families)
        pushgateway = configuration.pushgateway.map { PushgatewayClient(baseURL: $0, http: configuration.http) }
    }

    /// Flushes traces (waiting for collector uploads), writes `metrics.prom` and `metrics.json`
    /// atomically, warns of metrics recorded under a name the catalogue lacks, pushes to the
    /// Pushgateway when configured, then closes the files.
    ///
    /// `snapshot` is what the files show; nil takes the registry's values once traces are flushed.
    /// Throws only when a metrics file cannot be written; failed network exports are logged as warnings.
    package func finish(snapshot given: [MetricFamilySnapshot]? = nil) async throws(TelemetryError) {
        await tracer.shutdown()
        let snapshot = given ?? metrics.snapshot()
        let text = PrometheusExposition.text(snapshot)
        var writeError: TelemetryError?
        do {
            try AtomicFile.write(Data(text.utf8), to: paths.metricsText)
            try AtomicFile.write(MetricsSnapshot(snapshot).encoded(), to: paths.metricsJSON)
        } catch {
            writeError = .cannotWrite(path: error.path, reason: error.reason)
        }
        let unregistered = metrics.unregisteredNames.joined(separator: ", ")
        if !unregistered.isEmpty {
            logger.warning(
                "metrics recorded without a descriptor were left out of metrics.prom and metrics.json: \(unregistered)",
                metadata: ["event_type": "telemetry_unregistered_metrics"]
            )
        }
        if let pushgateway, let failure = await pushgateway.push(text) {
            logger.warning(
                "metrics push failed; metrics.prom still has every value",
                metadata: ["event_type": "telemetry_export_failed", "reason": .string(failure)]
            )
        }
        traceSink.close()
        logSink.close()
        let lost = logSink.failedWrites + traceSink.failedWrites
        if lost > 0 {
            logger.warning("\(lost) log or trace lines could not be written; check free space in the output directory")
        }
        if let writeError { throw writeError }
    }
}
