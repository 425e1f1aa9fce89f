import Foundation
import ReqEngModel
import Testing

@testable import ReqEngIngest

@Suite struct InputLimitTests {
    @Test func aTranscriptOverTheWordLimitIsAClearError() {
        let loader = TranscriptLoader(limits: InputLimits(maxWords: 5))
        let file = InputFile(path: "/x/long.txt", relativePath: "long.txt", format: .text)
        #expect(throws: IngestError.tooManyWords(path: "long.txt", count: 7, limit: 5)) {
            _ = try loader.parse(Array("Ana: one two three\nTom: four five six seven\n".utf8), file: file)
        }
    }

    @Test func filesPastTheBatchLimitAreNamedNotRead() {
        let files = (1...3).map { InputFile(path: "/in/p/\($0).txt", relativePath: "p/\($0).txt", format: .text) }
        let discovered = DiscoveredInputs(
            projects: [ProjectInput(name: "p", files: files), ProjectInput(name: "q", files: [files[0]])],
            notices: [], failures: [])
        let capped = InputDiscovery.capped(discovered, maxFiles: 2)
        #expect(capped.projects.map(\.name) == ["p"])
        #expect(capped.projects.first?.files.count == 2)
        #expect(capped.failures.map(\.kind) == ["too_many_files", "too_many_files"])
        #expect(capped.failures.map(\.path) == ["p/3.txt", "p/1.txt"])
    }
}
