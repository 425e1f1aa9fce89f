import Foundation
import ReqEngBase
import ReqEngPipeline
import Testing

/// Projects whose names sanitise alike still get files of their own (issue 16, item 3).
@Suite("Output file names")
struct OutputNameTests {
    @Test("Names that had to change get a suffix from the original name; safe names are kept as they are")
    func oneToOne() {
        let names = ["sp ace", "sp?ace", "sp_ace", "sp/ace", ".hidden", "_hidden", String(repeating: "a", count: 130)]
        let files = names.map(OutputLayout.fileName(forProject:))
        #expect(Set(files).count == names.count, "\(files)")
        #expect(OutputLayout.fileName(forProject: "sp_ace") == "sp_ace")
        #expect(OutputLayout.fileName(forProject: "clinic-booking") == "clinic-booking")
        #expect(OutputLayout.fileName(forProject: "sp ace").hasPrefix("sp_ace-"))
        #expect(files.allSatisfy { $0.count <= 120 && !$0.contains("/") && !$0.hasPrefix(".") })
        // Stable: the suffix depends on the name only.
        #expect(OutputLayout.fileName(forProject: "sp ace") == OutputLayout.fileName(forProject: "sp ace"))
    }

    @Test("Three projects that sanitise alike are three documents, none overwriting another")
    func collidingProjectsAllWritten() async throws {
        let root = try PipelineFixture.temporaryDirectory("collide")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/in"
        let projects = ["sp ace", "sp?ace", "sp_ace"]
        for (index, project) in projects.enumerated() {
            try FileManager.default.createDirectory(atPath: input + "/" + project, withIntermediateDirectories: true)
            try "Ana: The system must export report number \(index + 1) as a spreadsheet.\n"
                .write(toFile: input + "/" + project + "/s.txt", atomically: true, encoding: .utf8)
        }
        let output = root + "/out"
        let result = try await BatchRunner(
            configuration: PipelineFixture.configuration(inputs: [input], output: output),
            logger: PipelineFixture.quietLogger, progress: RecordingProgress()
        ).run()
        #expect(result.projects.count == 3)
        let written = try FileManager.default.contentsOfDirectory(atPath: output + "/rd").filter {
            $0.hasSuffix(".json")
        }
        #expect(written.count == 3, "\(written)")
        var seen: [String: String] = [:]
        for file in written {
            let data = try #require(FileManager.default.contents(atPath: output + "/rd/" + file))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let project = try #require(object["project"] as? String)
            seen[project] = file
            #expect(file == OutputLayout.fileName(forProject: project) + ".json")
        }
        #expect(Set(seen.keys) == Set(projects))
    }
}
