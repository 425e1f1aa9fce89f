import Foundation
import Logging
import ReqEngAgents
import ReqEngBase
import ReqEngFakeLLM
import ReqEngLLM
import Synchronization

/// Records requested waits instead of sleeping, so retry tests are fast and exact.
final class RecordingSleeper: Sleeper {
    private let waits = Mutex<[Duration]>([])

    var recorded: [Duration] { waits.withLock { $0 } }

    func sleep(for duration: Duration) async throws {
        waits.withLock { $0.append(duration) }
    }
}

/// A random source that always returns the same number.
struct FixedRandom: RandomSource {
    var value: Double

    func nextUnit() -> Double { value }
}

/// Collects the accounting reports of a client.
final class CallLog: Sendable {
    private let reports = Mutex<[LLMCallReport]>([])

    var all: [LLMCallReport] { reports.withLock { $0 } }

    func append(_ report: LLMCallReport) {
        reports.withLock { $0.append(report) }
    }
}

/// Shared helpers: a client against a fake server, torn down after use.
enum LLMTestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The built-in templates (the repository's `templates/`, prompts included, compiled in).
    static let templates = ResourceFiles.builtInTemplates

    static let quietLogger: Logger = {
        var logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        return logger
    }()

    static func temporaryDirectory(_ label: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reqeng-llm-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A schema asking for `{"answer": string}`.
    static let answerSchema: JSONValue = .object([
        "type": .string("object"), "additionalProperties": .bool(false), "required": .array([.string("answer")]),
        "properties": .object(["answer": .object(["type": .string("string")])]),
    ])

    static func request(model: String = "gpt-4o-mini") -> ChatRequest {
        ChatRequest(
            model: model, messages: [ChatMessage(role: "user", content: "say something")], schemaName: "answer",
            schema: answerSchema)
    }

    /// Runs `body` with a started server and a client on it; stops both afterwards.
    static func withClient<T>(
        behaviour: FakeLLMBehaviour, retries: Int = 2, breaker: Int = 5, budget: RunBudget = RunBudget(),
        requestTimeout: Duration = .seconds(10), retryAfterCap: Duration = .seconds(30), random: Double = 0.5,
        prices: PriceTable = .empty,
        _ body: (FakeLLMServer, ChatClient, RecordingSleeper, CallLog) async throws -> T
    ) async throws -> T {
        let server = try await FakeLLMServer.start(behaviour: behaviour)
        let sleeper = RecordingSleeper()
        let log = CallLog()
        let transport = HTTPClientTransport(connectTimeout: .seconds(2))
        let client = ChatClient(
            endpoint: LLMEndpoint(
                baseURL: server.baseURL, model: "gpt-4o-mini", apiKey: "sk-test-canary",
                requestTimeout: requestTimeout),
            transport: transport, retry: RetryPolicy(maxRetries: retries, retryAfterCap: retryAfterCap),
            breaker: CircuitBreaker(threshold: breaker), budget: budget, gate: ConcurrencyGate(limit: 2),
            prices: prices, priceDate: "2025-06-01",
            instruments: LLMInstruments(
                tracer: NoOpTracerShim.tracer, metrics: NOOPMetricsShim.factory, logger: quietLogger,
                onCall: { log.append($0) }),
            sleeper: sleeper, random: FixedRandom(value: random))
        do {
            let result = try await body(server, client, sleeper, log)
            await transport.shutdown()
            await server.stop()
            return result
        } catch {
            await transport.shutdown()
            await server.stop()
            throw error
        }
    }
}
