// swift-tools-version: 6.1
import PackageDescription

/// reqeng: requirements-elicitation transcripts in, Requirements Documents and run telemetry out.
///
/// Dependencies point one way: `ReqEngBase` (shared plumbing) and `ReqEngModel` at the bottom;
/// `ReqEngTelemetry` knows nothing of requirements; `ReqEngPipeline` composes everything; the
/// `reqeng` executable parses options and maps outcomes to exit codes. Each target declares exactly
/// the modules it imports (ARCHITECTURE.md).
let package = Package(
    name: "reqeng",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reqeng", targets: ["reqeng"]),
        .executable(name: "reqeng-fake-llm", targets: ["reqeng-fake-llm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Attribute names of the OpenTelemetry semantic conventions. The GenAI and session names are
        // behind its `Experimental` trait, which pins the version exactly (they change between minors).
        .package(
            url: "https://github.com/swift-otel/swift-otel-semantic-conventions", exact: "1.44.0",
            traits: ["Tracing", "Experimental"]),
    ],
    targets: [
        .executableTarget(
            name: "reqeng",
            dependencies: [
                "ReqEngBase",
                "ReqEngAgents",
                "ReqEngIngest",
                "ReqEngLLM",
                "ReqEngPipeline",
                "ReqEngReport",
                "ReqEngStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "ReqEngModel"),
        .target(
            name: "ReqEngBase",
            dependencies: ["ReqEngResources", .product(name: "Crypto", package: "swift-crypto")]),
        // The repository's templates, price table, schema and rule catalogue, compiled in at build
        // time by the plugin below, so the executable needs no file beside it.
        .target(name: "ReqEngResources", plugins: ["EmbedResources"]),
        .executableTarget(name: "reqeng-embed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["reqeng-embed"]),
        .target(
            name: "ReqEngLLM",
            dependencies: [
                "ReqEngBase",
                "ReqEngAgents",
                "ReqEngTelemetry",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .target(
            name: "ReqEngFakeLLM",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "reqeng-fake-llm",
            dependencies: [
                "ReqEngFakeLLM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "ReqEngIngest", dependencies: ["ReqEngBase", "ReqEngModel", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "ReqEngAgents",
            dependencies: [
                "ReqEngBase",
                "ReqEngModel",
                "ReqEngIngest",
                "ReqEngTelemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            // The rule catalogue is compiled into ReqEngResources (see the EmbedResources plugin).
            exclude: ["Resources"]
        ),
        .target(
            name: "ReqEngTelemetry",
            dependencies: [
                "ReqEngBase",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "OTelSemanticConventions", package: "swift-otel-semantic-conventions"),
            ]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .target(
            name: "ReqEngStore",
            dependencies: [
                "ReqEngBase",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(
            name: "ReqEngRender",
            dependencies: [
                "ReqEngBase",
                "ReqEngModel",
                "CPangoCairo",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "ReqEngReport", dependencies: ["ReqEngBase", "ReqEngStore", "ReqEngRender"]),
        .target(
            name: "ReqEngPipeline",
            dependencies: [
                "ReqEngBase",
                "ReqEngReport",
                "ReqEngModel",
                "ReqEngIngest",
                "ReqEngAgents",
                "ReqEngRender",
                "ReqEngStore",
                "ReqEngTelemetry",
                "ReqEngLLM",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .executableTarget(name: "reqeng-bench", dependencies: ["ReqEngModel", "ReqEngRender", "CPangoCairo"]),
        .target(name: "ReqEngTestSupport", path: "Sources/ReqEngTestSupport"),
        .testTarget(name: "ReqEngModelTests", dependencies: ["ReqEngModel"]),
        .testTarget(name: "ReqEngBaseTests", dependencies: ["ReqEngBase"]),
        // The report tests record their runs through the pipeline's `RunRecorder`, the one writer
        // of the store from domain values, so the pages are built from rows exactly as a run leaves them.
        .testTarget(
            name: "ReqEngReportTests",
            dependencies: [
                "ReqEngReport", "ReqEngStore", "ReqEngBase", "ReqEngModel", "ReqEngAgents", "ReqEngPipeline",
                "ReqEngTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "ReqEngIngestTests", dependencies: ["ReqEngIngest", "ReqEngModel"]),
        .testTarget(
            name: "ReqEngAgentsTests",
            dependencies: [
                "ReqEngAgents",
                "ReqEngBase",
                "ReqEngIngest",
                "ReqEngModel",
                "ReqEngTelemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "ReqEngTelemetryTests",
            dependencies: [
                "ReqEngBase",
                "ReqEngTelemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "ReqEngLLMTests",
            dependencies: [
                "ReqEngBase",
                "ReqEngLLM",
                "ReqEngFakeLLM",
                "ReqEngAgents",
                "ReqEngIngest",
                "ReqEngModel",
                "ReqEngPipeline",
                "ReqEngStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "ReqEngStoreTests",
            dependencies: [
                "ReqEngStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ]
        ),
        .testTarget(
            name: "ReqEngRenderTests",
            dependencies: [
                "ReqEngTestSupport", "ReqEngRender", "ReqEngModel",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ReqEngPipelineTests",
            dependencies: [
                "ReqEngPipeline",
                "ReqEngBase",
                "ReqEngAgents",
                "ReqEngLLM",
                "ReqEngModel",
                "ReqEngRender",
                "ReqEngReport",
                "ReqEngStore",
                "ReqEngTelemetry",
                "ReqEngTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ],
            exclude: ["Golden"]
        ),
    ]
)
