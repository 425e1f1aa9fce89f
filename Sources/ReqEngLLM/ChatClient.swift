import Foundation
import ReqEngAgents
import ReqEngBase
import Tracing

/// Sends chat-completions requests with retries, a circuit breaker, budgets and bounded concurrency,
/// accounting for every HTTP request it makes.
///
/// One client serves a whole run (all projects and agents), so the breaker, budgets and the
/// concurrency bound are run-wide.
package struct ChatClient: Sendable {
    package var endpoint: LLMEndpoint
    package var transport: any ChatTransport
    package var retry: RetryPolicy
    package var breaker: CircuitBreaker
    package var budget: RunBudget
    package var gate: ConcurrencyGate
    package var prices: PriceTable
    /// `YYYY-MM-DD` the prices are looked up for.
    package var priceDate: String
    package var instruments: LLMInstruments
    package var sleeper: any Sleeper
    package var random: any RandomSource

    package init(
        endpoint: LLMEndpoint, transport: any ChatTransport, retry: RetryPolicy = RetryPolicy(),
        breaker: CircuitBreaker = CircuitBreaker(threshold: 5), budget: RunBudget = RunBudget(),
        gate: ConcurrencyGate = ConcurrencyGate(limit: 4), prices: PriceTable = .empty, priceDate: String,
        instruments: LLMInstruments = .none, sleeper: any Sleeper = TaskSleeper(),
        random: any RandomSource = SystemRandomSource()
    ) {
        self.endpoint = endpoint
        self.transport = transport
        self.retry = retry
        self.breaker = breaker
        self.budget = budget
        self.gate = gate
        self.prices = prices
        self.priceDate = priceDate
        self.instruments = instruments
        self.sleeper = sleeper
        self.random = random
    }

    /// Why no new request may start (budget or breaker), or `nil`.
    package var stopReason: String? {
        if let reason = budget.exhaustion { return reason }
        if breaker.isOpen {
            return "circuit breaker open after \(breaker.threshold) consecutive transient failures of the endpoint"
        }
        return nil
    }

    /// Sends `request`, retrying transient failures; returns the completion of the first success.
    ///
    /// `judge`, when given, says what is wrong with an answer's content (`nil` when nothing is): an
    /// answer it faults is still returned, but accounted as `invalid_answer`, not as a success.
    package func send(
        _ request: ChatRequest, agent: String?, project: String?,
        judge: (@Sendable (ChatCompletion) -> String?)? = nil
    ) async throws(ChatFailure)
        -> ChatCompletion
    {
        let body = Array(request.body.serialized().utf8)
        var retryNumber = 0
        while true {
            if let reason = stopReason { throw .stopped(reason) }
            let number = retryNumber + 1
            let outcome = await gate.withSlot {
                await attempt(
                    body: body, model: request.model, agent: agent, project: project, number: number, judge: judge)
            }
            switch outcome {
            case .success(let completion):
                breaker.recordSuccess()
                return completion
            case .rejected(let status, let message):
                throw .rejected(status: status, message: message)
            case .invalid(let reason):
                // The endpoint answered; the answer itself cannot be trusted, and asking again
                // would be billed again for the same bad accounting.
                breaker.recordSuccess()
                throw .invalidAnswer(reason)
            case .cancelled:
                throw .stopped("the run was interrupted while a model request was in flight")
            case .transient(let reason, let retryAfter):
                breaker.recordTransientFailure()
                guard retryNumber < retry.maxRetries else {
                    throw .unavailable("\(reason) (after \(retryNumber + 1) attempts)")
                }
                let wait = retry.delay(beforeRetry: retryNumber, retryAfter: retryAfter, random: random)
                do {
                    try await sleeper.sleep(for: wait)
                } catch {
                    throw .stopped("the run was interrupted while waiting to retry (\(reason))")
                }
                retryNumber += 1
            }
        }
    }

    private enum AttemptOutcome: Sendable {
        case success(ChatCompletion)
        case transient(String, retryAfter: Duration?)
        case rejected(Int, String)
        case invalid(String)
        case cancelled
    }

    /// One HTTP request under a `chat {model}` client span (the GenAI span name), accounted whatever
    /// its outcome.
    private func attempt(
        body: [UInt8], model: String, agent: String?, project: String?, number: Int,
        judge: (@Sendable (ChatCompletion) -> String?)?
    ) async
        -> AttemptOutcome
    {
        await instruments.tracer.withSpan("\(LLMInstruments.operation) \(model)", ofKind: .client) { span in
            let startedAt = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
            let clock = ContinuousClock()
            let start = clock.now
            var report = LLMCallReport(
                project: project, agent: agent, model: model, inputTokens: 0, outputTokens: 0, costUSD: 0,
                latencySeconds: 0, status: "success", httpStatus: nil, startedAtUnixNano: startedAt, attempt: number)
            let outcome: AttemptOutcome
            do throws(TransportFailure) {
                let response = try await transport.post(
                    url: endpoint.chatCompletionsURL, headers: endpoint.headers, body: body,
                    timeout: endpoint.requestTimeout)
                report.httpStatus = response.status
                outcome = classify(response, report: &report, judge: judge)
            } catch {
                switch error {
                case .timeout(let reason):
                    report.status = "timeout"
                    outcome = .transient("timeout: \(reason)", retryAfter: nil)
                case .connection(let reason):
                    report.status = "connection_error"
                    outcome = .transient("connection error: \(reason)", retryAfter: nil)
                case .tooLarge(let limit):
                    report.status = "response_too_large"
                    outcome = .invalid("the answer is larger than the \(limit / (1024 * 1024)) MiB reqeng reads")
                case .cancelled:
                    report.status = "cancelled"
                    outcome = .cancelled
                }
            }
            let elapsed = clock.now - start
            report.latencySeconds =
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            instruments.record(report, endpoint: endpoint, span: span)
            return outcome
        }
    }

    /// Maps a response to an outcome; fills tokens and cost from `usage` when there is one.
    private func classify(
        _ response: TransportResponse, report: inout LLMCallReport, judge: (@Sendable (ChatCompletion) -> String?)?
    ) -> AttemptOutcome {
        let status = response.status
        guard (200...299).contains(status) else {
            let message = Self.errorMessage(response.body)
            if RetryPolicy.isRetryable(status: status) {
                report.status = status == 429 ? "rate_limited" : status >= 500 ? "http_5xx" : "http_\(status)"
                return .transient(
                    "HTTP \(status) \(message)", retryAfter: RetryPolicy.parseRetryAfter(response.retryAfter))
            }
            report.status = "http_4xx"
            return .rejected(status, message)
        }
        guard let completion = try? JSONDecoder().decode(ChatCompletion.self, from: Data(response.body)) else {
            report.status = "invalid_response"
            return .transient("the response is not a chat completion", retryAfter: nil)
        }
        report.responseModel = completion.model
        report.finishReasons = completion.choices.compactMap(\.finishReason)
        if let usage = completion.usage {
            if let problem = usage.problem {
                report.status = "invalid_usage"
                return .invalid(problem)
            }
            report.inputTokens = usage.promptTokens
            report.outputTokens = usage.completionTokens
            report.costUSD = prices.cost(model: report.model, usage: usage, on: priceDate)
            budget.charge(tokens: usage.total, costUSD: report.costUSD)
        }
        // Billed and returned, but not a success: the caller cannot use what the model said.
        if let judge, judge(completion) != nil { report.status = "invalid_answer" }
        return .success(completion)
    }

    /// `error.message` of an OpenAI-style error body, else a short prefix of the body.
    static func errorMessage(_ body: [UInt8]) -> String {
        if let json = try? JSONValue.parse(Data(body)), let message = json["error"]?["message"]?.string {
            return message
        }
        return String(decoding: body.prefix(200), as: UTF8.self)
    }
}
