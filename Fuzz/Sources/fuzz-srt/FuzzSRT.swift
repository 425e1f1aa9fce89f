import FuzzHarness

/// libFuzzer entry point: every input is parsed as a `.srt` transcript.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.run(data, size, format: .srt)
}
