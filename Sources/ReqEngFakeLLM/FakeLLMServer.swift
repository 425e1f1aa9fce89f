import NIOCore
import NIOHTTP1
import NIOPosix

/// A small OpenAI-compatible HTTP server on 127.0.0.1 for tests and the end-to-end check:
/// `POST /v1/chat/completions` answers (or rate-limits, fails, stalls, returns invalid JSON, as
/// scripted by ``FakeLLMBehaviour``); `GET /v1/stats` returns ``FakeLLMStats`` as JSON.
public final class FakeLLMServer: Sendable {
    private let channel: any Channel
    private let state: FakeLLMState
    /// The port it listens on (useful when started on port 0).
    public let port: Int

    private init(channel: any Channel, state: FakeLLMState, port: Int) {
        self.channel = channel
        self.state = state
        self.port = port
    }

    /// Starts listening on `host:port` (port 0 picks a free one).
    public static func start(
        host: String = "127.0.0.1", port: Int = 0, behaviour: FakeLLMBehaviour = .init()
    )
        async throws -> FakeLLMServer
    {
        let state = FakeLLMState(behaviour: behaviour)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(FakeLLMHandler(state: state))
                }
            }
            .bind(host: host, port: port).get()
        return FakeLLMServer(channel: channel, state: state, port: channel.localAddress?.port ?? port)
    }

    /// `http://127.0.0.1:PORT/v1`.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// What the server has seen so far.
    public var stats: FakeLLMStats { state.stats }

    /// Changes the script; counters (and so "first N") keep running.
    public func setBehaviour(_ behaviour: FakeLLMBehaviour) {
        state.setBehaviour(behaviour)
    }

    /// Closes the listening socket.
    public func stop() async {
        try? await channel.close()
    }
}

/// One connection: collects a request, asks the state for the reply, writes it (after a delay if scripted).
private final class FakeLLMHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: FakeLLMState
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(state: FakeLLMState) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
        case .body(var buffer):
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let head else { return }
            let reply = state.reply(
                method: head.method.rawValue, path: head.uri, authorization: head.headers.first(name: "authorization"),
                body: body)
            let keepAlive = head.isKeepAlive
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            if reply.delayMilliseconds > 0 {
                context.eventLoop.scheduleTask(in: .milliseconds(Int64(reply.delayMilliseconds))) {
                    let (handler, context) = bound.value
                    handler.write(reply, keepAlive: keepAlive, context: context)
                }
            } else {
                write(reply, keepAlive: keepAlive, context: context)
            }
        }
    }

    private func write(_ reply: FakeLLMState.Reply, keepAlive: Bool, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders(reply.headers)
        headers.add(name: "Content-Length", value: "\(reply.body.count)")
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let status = HTTPResponseStatus(statusCode: reply.status)
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: reply.body)))), promise: nil)
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
