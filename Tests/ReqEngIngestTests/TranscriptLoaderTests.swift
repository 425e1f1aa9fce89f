import ReqEngIngest
import ReqEngModel
import Testing

@Suite("Decoding and loading")
struct TranscriptLoaderTests {
    @Test(arguments: ["", "   \n\t\r\n  "])
    func emptyOrWhitespaceIsEmpty(_ text: String) {
        #expect(parseError(text, as: .text)?.kind == "empty")
    }

    @Test func nulByteMeansBinary() throws {
        let error = try #require(parseError(bytes: Array("Maria: hi".utf8) + [0, 1, 2], as: .text))
        #expect(error == .binary(path: "project/session.text", offset: 9))
        #expect(error.message.contains("byte offset 9"))
    }

    @Test func randomBytesAreRejected() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<20 {
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let kind = parseError(bytes: bytes, as: .text)?.kind
            #expect(kind == "binary" || kind == "invalid_utf8")
        }
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let bytes = Array("Maria: caf".utf8) + [0xE9] + Array(" au lait".utf8)
        let error = try #require(parseError(bytes: bytes, as: .text))
        #expect(error.kind == "invalid_utf8")
        #expect(error.message.contains("byte offset 10"))
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0), ([0xED, 0xA0, 0x80], 0), ([0x41, 0xF4, 0x90, 0x80, 0x80], 1), ([0x41, 0x42, 0xE2, 0x82], 2),
    ])
    func invalidSequencesAreFoundWhereTheyStart(_ bytes: [UInt8], _ offset: Int) throws {
        let error = try #require(parseError(bytes: bytes, as: .text))
        #expect(error == .invalidUTF8(path: "project/session.text", offset: offset, encoding: "UTF-8"))
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let (transcript, _) = try parse(bytes: [0xEF, 0xBB, 0xBF] + Array("Maria: Olá.".utf8), as: .text)
        #expect(lines(transcript) == ["Maria: Olá."])
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkIsDecoded(_ littleEndian: Bool) throws {
        let units = Array("Maria: naïve 👍\r\nTom: ok".utf16)
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in units {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let (transcript, notices) = try parse(bytes: bytes, as: .text)
        #expect(lines(transcript) == ["Maria: naïve 👍", "Tom: ok"])
        #expect(notices.map(\.message) == ["decoded from UTF-16 \(littleEndian ? "LE" : "BE") (byte order mark)"])
    }

    @Test func unpairedUTF16SurrogateIsInvalid() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect(
            parseError(bytes: bytes, as: .text)
                == .invalidUTF8(
                    path: "project/session.text", offset: 4, encoding: "UTF-16 (unpaired surrogate)"))
    }

    @Test func tooManyTurns() throws {
        let error = try #require(parseError("A: 1\nB: 2\nA: 3", as: .text, limits: InputLimits(maxTurns: 2)))
        #expect(error == .tooManyTurns(path: "project/session.text", count: 3, limit: 2))
        #expect(error.message.contains("3 turns") && error.message.contains("limit of 2"))
    }

    @Test func bytesOverTheLimitAreTooLarge() {
        let error = parseError("Maria: hello there", as: .text, limits: InputLimits(maxFileBytes: 8))
        #expect(error == .tooLarge(path: "project/session.text", size: 18, limit: 8))
    }

    @Test func sessionIDComesFromDiscoveryWhenContentHasNone() throws {
        let file = InputFile(path: "/x", relativePath: "p/s1.md", format: .markdown, sessionID: "s1.md")
        let (transcript, _) = try TranscriptLoader().parse(Array("Maria: hi".utf8), file: file)
        #expect(transcript.id == "s1.md")
        #expect(transcript.sourcePath == "p/s1.md")
    }

    @Test func failureRecordsKindAndReason() {
        let failure = IngestError.tooLarge(path: "p/big.txt", size: 20 * 1024 * 1024, limit: 10 * 1024 * 1024)
            .failure(project: "p")
        #expect(failure.kind == "too_large")
        #expect(failure.reason.contains("20971520 bytes (20.0 MiB)"))
        #expect(failure.reason.contains("10485760 bytes (10.0 MiB)"))
    }
}

/// A small deterministic generator (SplitMix64) so "random" bytes are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
