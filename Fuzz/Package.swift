// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for the transcript parsers, kept out of the main package so that its normal
/// builds never need the fuzzer runtime.
///
/// `Sources/ReqEngModel` and `Sources/ReqEngIngest` are symbolic links to the main package's
/// sources: the parsers use `package` access, which only code of the same package can call, so the
/// modules are compiled again here rather than imported as a product. Build and run with
/// `scripts/fuzz.sh`, which passes `--sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address`; no
/// executable here has a `main.swift`, because libFuzzer supplies `main`.
let package = Package(
    name: "reqeng-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "https://github.com/jpsim/Yams", from: "6.2.2")],
    targets: [
        .target(name: "ReqEngModel"),
        .target(name: "ReqEngIngest", dependencies: ["ReqEngModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "FuzzHarness", dependencies: ["ReqEngModel", "ReqEngIngest"]),
        .executableTarget(name: "fuzz-txt", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "fuzz-md", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "fuzz-json", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "fuzz-vtt", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "fuzz-srt", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "fuzz-loader", dependencies: ["FuzzHarness"]),
    ]
)
