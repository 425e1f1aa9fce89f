import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// An HTTP response as the chat client needs it.
package struct TransportResponse: Sendable, Hashable {
    package var status: Int
    /// The `Retry-After` header, if any.
    package var retryAfter: String?
    package var body: [UInt8]

    package init(status: Int, retryAfter: String? = nil, body: [UInt8]) {
        self.status = status
        self.retryAfter = retryAfter
        self.body = body
    }
}

/// Why no HTTP response arrived.
package enum TransportFailure: Error, Sendable, Hashable {
    /// The connect or request timeout elapsed.
    case timeout(String)
    /// The connection could not be made or broke.
    case connection(String)
    /// The answer's body was larger than the transport reads (`limit` bytes).
    case tooLarge(limit: Int)
    /// reqeng itself stopped waiting (its task was cancelled, e.g. on SIGTERM).
    case cancelled
}

/// Sends one JSON `POST`; the seam between the chat client and the network.
package protocol ChatTransport: Sendable {
    func post(
        url: String, headers: [(String, String)], body: [UInt8], timeout: Duration
    ) async throws(TransportFailure)
        -> TransportResponse
    /// Releases connections; call once when the run is over.
    func shutdown() async
}

/// The transport on swift-server/async-http-client, with a connect timeout and a per-request deadline.
package final class HTTPClientTransport: ChatTransport {
    /// Largest response body read (a chat completion is a few kilobytes).
    package static let maxResponseBytes = 8 * 1024 * 1024
    private let client: HTTPClient

    package init(connectTimeout: Duration) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = HTTPClient.Configuration.Timeout(
            connect: .nanoseconds(Self.nanoseconds(connectTimeout)))
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    package func post(
        url: String, headers: [(String, String)], body: [UInt8], timeout: Duration
    )
        async throws(TransportFailure) -> TransportResponse
    {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers = HTTPHeaders(headers)
        request.body = .bytes(ByteBuffer(bytes: body))
        let client = self.client
        let prepared = request
        // The deadline covers the whole exchange, body included: a server that sends its head and
        // then stalls must time out too, so the request races a timer and the loser is cancelled.
        do {
            return try await withThrowingTaskGroup(of: TransportResponse.self) { group in
                group.addTask {
                    let response = try await client.execute(
                        prepared, timeout: .nanoseconds(Self.nanoseconds(timeout)))
                    var bytes = try await response.body.collect(upTo: Self.maxResponseBytes)
                    let data = bytes.readBytes(length: bytes.readableBytes) ?? []
                    return TransportResponse(
                        status: Int(response.status.code), retryAfter: response.headers.first(name: "retry-after"),
                        body: data)
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw HTTPClientError.deadlineExceeded
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw HTTPClientError.deadlineExceeded }
                return first
            }
        } catch is NIOTooManyBytesError {
            throw .tooLarge(limit: Self.maxResponseBytes)
        } catch  where Task.isCancelled {
            // Whatever the client reports once its task is cancelled, the cause is ours, not the endpoint's.
            throw .cancelled
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout, .getConnectionFromPoolTimeout,
                .tlsHandshakeTimeout:
                throw .timeout("\(error)")
            default:
                throw .connection("\(error)")
            }
        } catch {
            throw .connection(String(describing: error))
        }
    }

    package func shutdown() async {
        try? await client.shutdown()
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }
}
