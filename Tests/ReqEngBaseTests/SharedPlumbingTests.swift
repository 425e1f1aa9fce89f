import Foundation
import ReqEngBase
import Testing

/// The shared JSON value, the stable hash and the digest: their bytes are cache keys, fingerprints
/// and shard assignments, so they must never drift.
@Suite("Shared plumbing")
struct SharedPlumbingTests {
    @Test(
        "SHA-256 matches the FIPS 180-4 test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func sha256(input: String, digest: String) {
        #expect(ContentDigest.sha256Hex(input) == digest)
    }

    @Test("Serialization is deterministic and round-trips")
    func jsonRoundTrip() throws {
        let text = #"{"b":[1,2.5,true,null],"a":"x\"y\n"}"#
        let value = try #require(JSONValue.parse(text))
        #expect(value.serialized() == #"{"a":"x\"y\n","b":[1,2.5,true,null]}"#)
        #expect(JSONValue.parse(value.serialized()) == value)
        let controls = JSONValue.object(["k\t": .string("a\u{1}b\r\\")])
        #expect(controls.serialized() == #"{"k\t":"a\u0001b\r\\"}"#)
        #expect(JSONValue.parse(controls.serialized()) == controls)
        #expect(JSONValue.parse("not json") == nil)
    }

    @Test("FNV-1a matches the published 64-bit test vectors")
    func fnv1a() {
        #expect(FNV1a.hex64("") == "cbf29ce484222325")
        #expect(FNV1a.hex64("a") == "af63dc4c8601ec8c")
        #expect(FNV1a.hex64("foobar") == "85944171f73967e8")
    }

    @Test("The two-lane hasher keeps the fingerprints recorded by earlier runs")
    func stableHasher() {
        var text = StableHasher()
        text.add("project=a\n")
        #expect(text.hexDigest == "0361dc2f5fca119962252e39f726a046")
        var bytes = StableHasher()
        bytes.add(Data((0..<3).flatMap { _ in (0...255).map(UInt8.init) }))
        #expect(bytes.hexDigest == "b46606d41ec98c424f33c513c2e95c25")
    }

    @Test("Whole numbers have no fraction; NaN becomes null; non-ASCII text is kept")
    func numbersAndText() {
        let value = JSONValue.array([.number(3), .number(-0.5), .number(.nan), .number(1e20), .string("é\u{7}")])
        #expect(value.serialized() == #"[3,-0.5,null,1e+20,"é\u0007"]"#)
        #expect(JSONValue.quoted("a\"b") == #""a\"b""#)
    }
}
