import Foundation
import ReqEngAgents
import ReqEngFakeLLM
import ReqEngLLM
import Testing

/// Failures are labelled by what happened, not lumped together as connection errors (issue 16,
/// item 13).
@Suite("Transport outcomes")
struct TransportOutcomeTests {
    @Test("An answer over the size cap is response_too_large, an invalid answer, and is not retried")
    func oversizedAnswer() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(oversizedFirst: 5)) { server, client, _, log in
            do throws(ChatFailure) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                Issue.record("a 9 MiB answer must not be accepted")
            } catch {
                guard case .invalidAnswer(let reason) = error else {
                    Issue.record("expected an invalid answer, got \(error)")
                    return
                }
                #expect(reason.contains("larger than"))
            }
            #expect(log.all.map(\.status) == ["response_too_large"])
            #expect(log.all.map(\.metricStatus) == ["invalid"])
            #expect(server.stats.requests == 1)
        }
    }

    @Test("A request reqeng cancels itself is accounted as cancelled and stops the run, not a retry or an error")
    func cancelledByUs() async throws {
        try await LLMTestSupport.withClient(
            behaviour: FakeLLMBehaviour(stallFirst: 5, stallMilliseconds: 10_000), requestTimeout: .seconds(30)
        ) { server, client, sleeper, log in
            let call = Task { () -> ChatFailure? in
                do throws(ChatFailure) {
                    _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                    return nil
                } catch {
                    return error
                }
            }
            while server.stats.requests == 0 { try await Task.sleep(for: .milliseconds(20)) }
            call.cancel()
            let failure = await call.value
            #expect(failure?.stopsRun == true, "\(String(describing: failure))")
            #expect(log.all.map(\.status) == ["cancelled"])
            #expect(log.all.map(\.metricStatus) == ["cancelled"])
            #expect(sleeper.recorded.isEmpty)
        }
    }
}
