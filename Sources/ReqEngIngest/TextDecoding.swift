/// Turns a transcript's bytes into text, refusing what is not text.
///
/// Policy: no silent repair. A UTF-8 BOM is stripped and UTF-16 with a BOM (LE or BE) is decoded,
/// but any byte sequence that is invalid in the file's encoding makes the whole file fail with
/// ``IngestError/invalidUTF8(path:offset:encoding:)`` naming the byte offset, because replacing
/// bytes would put words in a stakeholder's mouth that they never said.
enum TextDecoding {
    /// How far into a file NUL bytes mark it as binary.
    static let binaryProbeLength = 8 * 1024

    /// Decodes `bytes`; notices describe what was done (BOM stripped, UTF-16 decoded).
    static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> (String, [String]) {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        let text: String
        var notices: [String] = []
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            text = try decodeUTF16(bytes, littleEndian: littleEndian, path: path)
            notices.append("decoded from UTF-16 \(littleEndian ? "LE" : "BE") (byte order mark)")
        } else {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let body = bytes[start...]
            if let nul = body.prefix(binaryProbeLength).firstIndex(of: 0) {
                throw .binary(path: path, offset: nul)
            }
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else {
                throw .invalidUTF8(path: path, offset: firstInvalidUTF8(body) ?? start, encoding: "UTF-8")
            }
        }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .empty(path: path) }
        return (text, notices)
    }

    /// Offset (in the original file) of the first byte that starts an invalid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var second: ClosedRange<UInt8> = 0x80...0xBF
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return index
            }
            guard index + length <= bytes.endIndex, second.contains(bytes[index + 1]),
                bytes[(index + 2)..<(index + length)].allSatisfy({ (0x80...0xBF).contains($0) })
            else { return index }
            index += length
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, path: String) throws(IngestError) -> String {
        var scalars = String.UnicodeScalarView()
        var offset = 2
        var pendingHigh: (value: UInt32, offset: Int)?
        while offset < bytes.count {
            guard offset + 1 < bytes.count else {
                throw .invalidUTF8(path: path, offset: offset, encoding: "UTF-16 (odd number of bytes)")
            }
            let pair = (UInt32(bytes[offset]), UInt32(bytes[offset + 1]))
            let unit = littleEndian ? pair.0 | pair.1 << 8 : pair.0 << 8 | pair.1
            switch (unit, pendingHigh) {
            case (0xD800...0xDBFF, nil):
                pendingHigh = (unit, offset)
            case (0xDC00...0xDFFF, .some(let high)):
                let value = 0x10000 + ((high.value - 0xD800) << 10) + (unit - 0xDC00)
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
                pendingHigh = nil
            case (_, .some(let high)):
                throw .invalidUTF8(path: path, offset: high.offset, encoding: "UTF-16 (unpaired surrogate)")
            case (0xDC00...0xDFFF, nil):
                throw .invalidUTF8(path: path, offset: offset, encoding: "UTF-16 (unpaired surrogate)")
            default:
                if let scalar = Unicode.Scalar(unit) { scalars.append(scalar) }
            }
            offset += 2
        }
        if let high = pendingHigh {
            throw .invalidUTF8(path: path, offset: high.offset, encoding: "UTF-16 (unpaired surrogate)")
        }
        return String(scalars)
    }
}
