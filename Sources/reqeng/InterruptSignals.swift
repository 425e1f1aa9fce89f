import Dispatch
import Foundation
import ReqEngPipeline
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT and SIGTERM during a run: instead of dying mid-way, the run is cancelled, so it finishes the
/// projects in flight (every file is written whole), records itself as `interrupted`, flushes its
/// telemetry and exits 130 or 143 as a shell expects. A second signal ends the process at once.
final class InterruptSignals: RunInterruption {
    private let caught = Mutex<Int32?>(nil)

    /// The signal that interrupted the run, if one did.
    var signal: Int32? { caught.withLock { $0 } }

    /// `SIGINT` or `SIGTERM`, for messages.
    var signalName: String? {
        signal.map { $0 == SIGINT ? "SIGINT" : $0 == SIGTERM ? "SIGTERM" : "signal \($0)" }
    }

    /// Runs `body` in a task that either signal cancels; the handlers are removed when it returns.
    func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) async -> T {
        let task = Task { await body() }
        let signals = [SIGINT, SIGTERM]
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            // Ignored at the process level, so only the dispatch source sees it.
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                let first = self.caught.withLock { value -> Bool in
                    guard value == nil else { return false }
                    value = number
                    return true
                }
                guard first else { return }
                // A second SIGINT or SIGTERM takes the default action: the process ends at once.
                for other in signals { Foundation.signal(other, SIG_DFL) }
                task.cancel()
            }
            source.resume()
            sources.append(source)
        }
        let value = await task.value
        for source in sources { source.cancel() }
        for number in signals { Foundation.signal(number, SIG_DFL) }
        return value
    }
}
