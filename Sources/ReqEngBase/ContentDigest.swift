import Crypto

/// SHA-256 as lowercase hex, for keys that must not collide: LLM cache keys, prompt hashes, and the
/// suffix that keeps output file names one-to-one.
package enum ContentDigest {
    /// Hex digest of the UTF-8 bytes of `text`.
    package static func sha256Hex(_ text: String) -> String {
        sha256Hex(bytes: Array(text.utf8))
    }

    /// Hex digest of `bytes`.
    package static func sha256Hex(bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
