import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-request HTTP server on 127.0.0.1 for export tests: accepts one connection, reads the
/// request, answers with a fixed status, and gives up after a few seconds.
final class LoopbackHTTPServer: Sendable {
    /// What the client sent.
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: Data
    }

    let port: UInt16

    /// Seconds a test's server and client wait for each other. Generous: a test only waits this
    /// long when it is about to fail, and under the address sanitizer on a loaded two-core runner
    /// a client's first request took more than 30 seconds to arrive.
    static let patience: TimeInterval = 120
    private let listener: Int32

    init?() {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard bound == 0, named == 0, listen(descriptor, 1) == 0 else {
            close(descriptor)
            return nil
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        close(listener)
    }

    var url: URL {
        URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/")
    }

    /// Starts serving one request with `status` on a thread of its own and returns at once;
    /// `await exchange.request` gives what arrived, or nil when nothing did within `timeout`
    /// seconds.
    ///
    /// The server must not wait for a worker of Swift's cooperative pool or of Dispatch's global
    /// queues: both are as wide as the machine has cores, and on a two-core runner other tests
    /// that block theirs (running the binary, say) left the server unstarted while the client
    /// under test timed out waiting for its answer.
    func answerOne(status: Int, timeout: Int32 = Int32(patience)) -> Exchange {
        let exchange = Exchange()
        let server = Thread {
            exchange.finish(self.blockingServe(status: status, timeout: timeout))
        }
        server.name = "loopback-http-server"
        server.start()
        return exchange
    }

    /// One request being served: the server thread finishes it, a test awaits it.
    final class Exchange: Sendable {
        private struct State {
            var finished = false
            var request: Request?
            var waiter: CheckedContinuation<Request?, Never>?
        }

        private let state = Mutex(State())

        /// What the client sent, once the server has answered or given up.
        var request: Request? {
            get async {
                await withCheckedContinuation { continuation in
                    let ready: Request?? = state.withLock { state in
                        if state.finished { return .some(state.request) }
                        state.waiter = continuation
                        return .none
                    }
                    if let ready { continuation.resume(returning: ready) }
                }
            }
        }

        fileprivate func finish(_ request: Request?) {
            let waiter = state.withLock { state in
                state.finished = true
                state.request = request
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: request)
        }
    }

    private func blockingServe(status: Int, timeout: Int32) -> Request? {
        var waiting = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, timeout * 1000) == 1 else { return nil }
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return nil }
        defer { close(connection) }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var request: Request?
        while request == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            received.append(contentsOf: buffer[0..<count])
            request = Self.parse(received)
        }
        let reply = "HTTP/1.1 \(status) Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        _ = reply.withCString { send(connection, $0, strlen($0), 0) }
        return request
    }

    /// A complete request (headers and `Content-Length` bytes of body), or nil while incomplete.
    private static func parse(_ data: Data) -> Request? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let body = data[end.upperBound...]
        guard body.count >= length, requestLine.count >= 2 else { return nil }
        return Request(
            method: String(requestLine[0]), path: String(requestLine[1]), headers: headers,
            body: Data(body.prefix(length)))
    }
}
