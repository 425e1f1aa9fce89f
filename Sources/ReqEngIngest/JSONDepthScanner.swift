/// Checks JSON nesting and obvious truncation in one flat pass, before any decoder sees the bytes.
///
/// Decoders recurse per nesting level, so a file of 100,000 `[` can exhaust the stack; this scan
/// uses no recursion and stops at the first level past the limit.
enum JSONDepthScanner {
    /// Throws ``IngestError/tooDeep`` when nesting exceeds `limit`, and ``IngestError/malformedJSON``
    /// when the input ends inside a string or with brackets still open.
    static func check(_ bytes: some Collection<UInt8>, limit: Int, path: String) throws(IngestError) {
        var depth = 0
        var inString = false
        var escaped = false
        var stringStart = 0
        var offset = 0
        for byte in bytes {
            defer { offset += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                stringStart = offset
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { throw .tooDeep(path: path, limit: limit, offset: offset) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        if inString {
            throw .malformedJSON(
                path: path,
                detail: "the file ends inside a string that starts at byte offset \(stringStart); it looks truncated")
        }
        if depth > 0 {
            throw .malformedJSON(
                path: path,
                detail: "the file ends at byte offset \(offset) with \(depth) bracket(s) still open; it looks truncated"
            )
        }
    }
}
