import Foundation
import Logging
import Metrics
import ReqEngBase
import Testing

@testable import ReqEngTelemetry

/// The OpenTelemetry SDK variables: formats, precedence, and headers kept out of every file.
@Suite struct OTLPExporterSettingsTests {
    @Test func headersAreCommaSeparatedPairsWithPercentDecodedValuesAndTheTracesVariableWins() throws {
        let settings = try OTLPExporterSettings(
            environment: [
                "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318",
                "OTEL_EXPORTER_OTLP_HEADERS": " Authorization=Bearer%20s3cret , x-tenant = blue,x-scope=a%3Db",
                "OTEL_EXPORTER_OTLP_TRACES_HEADERS": "X-Tenant=green",
            ], serviceName: "reqeng")
        #expect(settings.headers.map(\.name) == ["Authorization", "X-Tenant", "x-scope"])
        #expect(settings.headers.map(\.value) == ["Bearer s3cret", "green", "a=b"])
        #expect(settings.tracesEndpoint?.absoluteString == "http://collector:4318/v1/traces")
        #expect(settings.problems.isEmpty)
    }

    @Test func malformedEntriesAreReportedByPositionNeverByValue() throws {
        let settings = try OTLPExporterSettings(
            environment: ["OTEL_EXPORTER_OTLP_HEADERS": "Authorization=Bearer%20ok,tokenwithoutequals,=orphan%20value"],
            serviceName: "reqeng")
        #expect(settings.headers.map(\.name) == ["Authorization"])
        #expect(settings.problems.count == 2)
        for problem in settings.problems {
            #expect(!problem.contains("tokenwithoutequals") && !problem.contains("orphan") && !problem.contains("ok"))
        }
    }

    @Test func serviceNameComesFromTheServiceVariableThenTheResourceThenTheDefault() throws {
        let both = try OTLPExporterSettings(
            environment: [
                "OTEL_SERVICE_NAME": "reqeng-nightly",
                "OTEL_RESOURCE_ATTRIBUTES": "service.name=ignored,deployment.environment.name=ci%2Fstaging",
            ], serviceName: "reqeng")
        #expect(both.serviceName == "reqeng-nightly")
        #expect(both.resourceAttributes["deployment.environment.name"] == "ci/staging")
        #expect(both.resourceAttributes["service.name"] == "reqeng-nightly")
        let resourceOnly = try OTLPExporterSettings(
            environment: ["OTEL_RESOURCE_ATTRIBUTES": "service.name=from-resource"], serviceName: "reqeng")
        #expect(resourceOnly.serviceName == "from-resource")
        #expect(try OTLPExporterSettings(environment: [:], serviceName: "reqeng").serviceName == "reqeng")
    }

    @Test(arguments: ["true", "TRUE", " True "])
    func theDisabledSDKSendsNothing(value: String) throws {
        let settings = try OTLPExporterSettings(
            environment: ["OTEL_SDK_DISABLED": value, "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"],
            serviceName: "reqeng")
        #expect(settings.disabled)
        #expect(settings.tracesEndpoint == nil)
    }

    @Test func anotherProtocolIsReportedAndJSONIsSent() throws {
        let settings = try OTLPExporterSettings(
            environment: ["OTEL_EXPORTER_OTLP_PROTOCOL": "grpc", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4317"],
            serviceName: "reqeng")
        #expect(
            settings.problems == [
                "OTEL_EXPORTER_OTLP_PROTOCOL=grpc is ignored: reqeng sends traces as OTLP/HTTP JSON (http/json)"
            ])
        #expect(settings.tracesEndpoint?.absoluteString == "http://c:4317/v1/traces")
    }

    /// A whole session against a loopback collector: the headers and the resource from the
    /// environment reach it, and the header value is in none of the files the session writes.
    @Test func aSessionSendsTheHeadersAndResourceAndWritesNeitherHeaderToAFile() async throws {
        let server = try #require(LoopbackHTTPServer())
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-otlp-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var configuration = TelemetrySession.Configuration(
            outputDirectory: root, runID: "20250304T050607Z-00beef", userID: "ana", serviceVersion: "1.2.3")
        configuration.consoleSink = MemoryLineSink()
        configuration.http = TelemetryHTTPClient(timeout: LoopbackHTTPServer.patience)
        // A family with a value, so every file checked below has content.
        configuration.families = [MetricFamilyDescriptor(name: "runs_total", help: "Runs.", type: .counter)]
        configuration.environment = [
            "OTEL_EXPORTER_OTLP_ENDPOINT": server.url.absoluteString,
            "OTEL_EXPORTER_OTLP_HEADERS": "Authorization=Bearer%20top-secret-value",
            "OTEL_SERVICE_NAME": "reqeng-ci",
            "OTEL_RESOURCE_ATTRIBUTES": "deployment.environment.name=ci,service.instance.id=not-the-run",
        ]
        let session = try TelemetrySession(configuration)
        let exchange = server.answerOne(status: 200)
        session.tracer.withSpan("run") { _ in session.logger.info("inside") }
        Counter(label: "runs_total", factory: session.metrics).increment()
        try await session.finish()
        let request = try #require(await exchange.request)
        #expect(request.path == "/v1/traces")
        #expect(request.headers["authorization"] == "Bearer top-secret-value")
        let export = try JSONDecoder().decode(OTLPJSON.ExportTraceServiceRequest.self, from: request.body)
        let resource = Dictionary(
            uniqueKeysWithValues: try #require(export.resourceSpans.first).resource.attributes.map {
                ($0.key, $0.value.stringValue)
            })
        #expect(resource["service.name"] == "reqeng-ci")
        #expect(resource["deployment.environment.name"] == "ci")
        #expect(resource["service.instance.id"] == "20250304T050607Z-00beef")
        let log = try String(contentsOfFile: session.paths.logs, encoding: .utf8)
        #expect(log.contains(#""service":"reqeng-ci""#))
        for path in [session.paths.logs, session.paths.traces, session.paths.metricsText, session.paths.metricsJSON] {
            let data = try #require(FileManager.default.contents(atPath: path), "\(path) was not written")
            #expect(!data.isEmpty, "\(path) is empty")
            #expect(
                !String(decoding: data, as: UTF8.self).contains("top-secret-value"), "\(path) holds the header value")
        }
    }
}
