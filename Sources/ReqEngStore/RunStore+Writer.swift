import Dispatch

extension RunStore {
    /// The one serial queue every store write of the process waits on when called from Swift
    /// concurrency, so the waiting happens on a thread of its own.
    private static let writerQueue = DispatchQueue(label: "reqeng.store.writer", qos: .userInitiated)

    /// Runs `body` (store work that waits for the single SQLite writer and, for synchronous commits,
    /// for the disk) on the store's writer queue while the calling task is suspended.
    ///
    /// GRDB's writes are synchronous: called straight from a task they hold one of the cooperative
    /// pool's threads (as many as there are cores) for as long as the writer is busy with another
    /// project's rows, and the agents of the other projects cannot use it meanwhile.
    package func onWriter<T: Sendable>(
        _ body: @escaping @Sendable () throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        let result: Result<T, StoreError> = await withCheckedContinuation { continuation in
            Self.writerQueue.async {
                continuation.resume(returning: Result { () throws(StoreError) -> T in try body() })
            }
        }
        return try result.get()
    }
}
