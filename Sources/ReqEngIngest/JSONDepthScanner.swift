/// Checks JSON nesting and obvious truncation in one flat pass, before any decoder sees the bytes,
/// and finds keys that appear twice in one object.
///
/// Decoders recurse per nesting level, so a file of 100,000 `[` can exhaust the stack; this scan
/// uses no recursion and stops at the first level past the limit. The decoder keeps only the last
/// of two equal keys (a second `"turns"` silently replaces the first), so duplicates are reported.
enum JSONDepthScanner {
    /// A key written twice in one object: its raw text (escapes as written) and the byte offset of
    /// its second occurrence.
    struct DuplicateKey: Hashable {
        var key: String
        var offset: Int
    }

    /// Most duplicates reported per file.
    static let maxDuplicatesReported = 5

    /// Throws ``IngestError/tooDeep`` when nesting exceeds `limit`, and ``IngestError/malformedJSON``
    /// when the input ends inside a string or with brackets still open. Returns the duplicate keys.
    @discardableResult
    static func check(
        _ bytes: some Collection<UInt8>, limit: Int, path: String
    ) throws(IngestError) -> [DuplicateKey] {
        var depth = 0
        var inString = false
        var escaped = false
        var stringStart = 0
        var offset = 0
        // Per open container: the keys seen, for objects; `nil` for arrays.
        var containers: [Set<[UInt8]>?] = []
        var expectingKey = false
        var readingKey = false
        var key: [UInt8] = []
        var duplicates: [DuplicateKey] = []
        for byte in bytes {
            defer { offset += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if readingKey {
                        readingKey = false
                        expectingKey = false
                        if let last = containers.indices.last, containers[last]?.insert(key).inserted == false,
                            duplicates.count < maxDuplicatesReported
                        {
                            duplicates.append(
                                DuplicateKey(key: String(decoding: key, as: UTF8.self), offset: stringStart))
                        }
                    }
                    continue
                }
                if readingKey { key.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                stringStart = offset
                readingKey = expectingKey && (containers.last ?? nil) != nil
                key = []
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { throw .tooDeep(path: path, limit: limit, offset: offset) }
                let isObject = byte == UInt8(ascii: "{")
                containers.append(isObject ? [] : nil)
                expectingKey = isObject
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                _ = containers.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                expectingKey = (containers.last ?? nil) != nil
            case UInt8(ascii: ":"):
                expectingKey = false
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
        return duplicates
    }
}
