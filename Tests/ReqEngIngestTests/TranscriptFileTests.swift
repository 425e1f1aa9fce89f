import Foundation
import ReqEngIngest
import ReqEngModel
import Testing

@Suite("Loading files from disk")
struct TranscriptFileTests {
    @Test func twentyMegabyteFileIsTooLargeWithoutBeingRead() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("p/huge.txt", "")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 20 * 1024 * 1024)
        try handle.close()
        let clock = ContinuousClock()
        var result: TranscriptLoadResult?
        let elapsed = clock.measure {
            result = TranscriptLoader().load(
                InputFile(path: path, relativePath: "p/huge.txt", format: .text), project: "p")
        }
        guard case .failed(let failure) = result else {
            Issue.record("expected a failure, got \(String(describing: result))")
            return
        }
        #expect(
            failure
                == IngestError.tooLarge(path: "p/huge.txt", size: 20_971_520, limit: 10_485_760).failure(project: "p"))
        #expect(elapsed < .milliseconds(200))
    }

    @Test func deepJSONFileIsTooDeepQuickly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("p/deep.json", String(repeating: "[", count: 100_000))
        let clock = ContinuousClock()
        var result: TranscriptLoadResult?
        let elapsed = clock.measure {
            result = TranscriptLoader().load(
                InputFile(path: path, relativePath: "p/deep.json", format: .json), project: "p")
        }
        guard case .failed(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.kind == "too_deep")
        #expect(failure.reason.contains("deeper than 64 levels at byte offset 64"))
        #expect(elapsed < .seconds(1))
    }

    @Test func projectLoadKeepsGoingAndMakesIDsUnique() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/p/a.json", #"{"session_id": "S1", "turns": [{"speaker": "A", "text": "x"}]}"#)
        try dir.write("in/p/b.json", #"{"session_id": "S1", "turns": [{"speaker": "B", "text": "y"}]}"#)
        try dir.write("in/p/c.json", #"{"session_id": "S1", "turns": [{"speaker": "#)
        try dir.write("in/p/d.vtt", "00:00:01.000 --> 00:00:02.000\nno header")
        try dir.write("in/p/e.txt", "")
        let found = try InputDiscovery().discover([dir.path + "/in"])
        let project = try #require(found.projects.first)
        let loaded = TranscriptLoader().load(project)
        #expect(loaded.transcripts.map(\.id) == ["S1", "S1-2"])
        #expect(
            loaded.notices.map(\.message) == [#"session id "S1" is already used in this project; renamed to "S1-2""#])
        #expect(loaded.failures.map(\.kind) == ["malformed_json", "malformed_vtt", "empty"])
        #expect(loaded.failures.map(\.path) == ["p/c.json", "p/d.vtt", "p/e.txt"])
        #expect(loaded.failures.allSatisfy { $0.project == "p" })
    }

    @Test func vanishedFileIsNotFound() {
        let result = TranscriptLoader().load(
            InputFile(path: "/nonexistent/reqeng/x.txt", relativePath: "p/x.txt", format: .text), project: "p")
        guard case .failed(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.kind == "not_found")
    }
}
