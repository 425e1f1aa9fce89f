import FuzzHarness

/// libFuzzer entry point for the whole loader path: the first byte chooses the format (its value
/// modulo the number of formats, in `TranscriptFormat.allCases` order), the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.runChoosingFormat(data, size)
}
