import Testing

@testable import ReqEngIngest

/// Input shapes that once cost time growing with the square of their size (found while fuzzing);
/// these pin the results, the benchmarks own the speed.
@Suite struct LargeInputShapeTests {
    @Test func aCueFullOfUnclosedAngleBracketsKeepsThemAsText() {
        let payload = "<v Ana>" + String(repeating: "< ", count: 2_000) + "end"
        let segments = CueText.segments(payload)
        #expect(segments.map(\.speaker) == ["Ana"])
        #expect(segments.first?.text.filter { $0 == "<" }.count == 2_000)
    }

    @Test func manyNamedSpeakersWithRolesAreDeclaredOnceEach() throws {
        let lines = (0..<500).map { "Person\($0) (Role\($0 % 7)): says thing \($0)" }
        let text = (lines + lines).joined(separator: "\n")
        let parsed = try TextTranscriptParser().parse(text, context: ParseContext(path: "many.txt"))
        #expect(parsed.participants.count == 500)
        #expect(Set(parsed.participants.map(\.name)).count == 500)
        #expect(parsed.participants.first?.role == "Role0")
    }
}
