import Foundation

/// FNV-1a, the one non-cryptographic hash of reqeng: stable across runs, processes and machines,
/// for fingerprints, configuration hashes and shard assignment. Change detection, not security.
package enum FNV1a {
    package static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The 64-bit hash of the UTF-8 bytes of `text`.
    package static func hash64(_ text: String) -> UInt64 {
        var hash = offset
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// ``hash64(_:)`` as 16 lowercase hex digits.
    package static func hex64(_ text: String) -> String {
        hex16(hash64(text))
    }

    /// `value` as 16 lowercase hex digits, zero-padded.
    package static func hex16(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// FNV-1a over two 64-bit lanes with different offsets: 128 bits, for fingerprints of whole files.
/// The low lane is plain ``FNV1a``; the high lane starts elsewhere and sees every byte XOR 0x5A.
package struct StableHasher: Sendable {
    private var low: UInt64 = FNV1a.offset
    private var high: UInt64 = 0x6c62_272e_07bb_0142

    package init() {}

    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    package mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    private mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var low = self.low
        var high = self.high
        for byte in bytes {
            low = (low ^ UInt64(byte)) &* FNV1a.prime
            high = (high ^ UInt64(byte ^ 0x5A)) &* FNV1a.prime
        }
        self.low = low
        self.high = high
    }

    /// 32 lowercase hex digits, high lane first.
    package var hexDigest: String {
        FNV1a.hex16(high) + FNV1a.hex16(low)
    }
}
