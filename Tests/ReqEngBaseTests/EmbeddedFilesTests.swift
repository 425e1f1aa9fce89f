import Foundation
import ReqEngBase
import Testing

/// The files compiled into the executable are the repository's, byte for byte, and nothing else.
@Suite struct EmbeddedFilesTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [
        ("templates", "templates"), ("prices", "prices"), ("schemas", "schemas"),
        ("rules", "Sources/ReqEngAgents/Resources"),
    ])
    func theEmbeddedFolderIsTheRepositoryFolder(key: String, folder: String) throws {
        let onDisk = try ResourceFiles.load(directory: Self.repository.appendingPathComponent(folder).path)
        let embedded = ResourceFiles.embedded(key)
        #expect(!embedded.files.isEmpty)
        #expect(embedded.files.keys.sorted() == onDisk.files.keys.sorted())
        for (path, data) in onDisk.files {
            #expect(embedded.data(path) == data, "\(key)/\(path)")
        }
        #expect(embedded.digest == onDisk.digest)
    }

    @Test func promptsAndPartialsAreEmbedded() {
        let templates = ResourceFiles.builtInTemplates
        for path in ["rd.md.mustache", "partials/report-head.html.mustache", "prompts/extraction.prompt"] {
            #expect(templates.data(path) != nil, "\(path)")
        }
        #expect(templates.describe("rd.md.mustache") == "built-in templates/rd.md.mustache")
    }

    @Test func aMissingTemplateDirectoryIsNamed() {
        #expect(throws: ResourceError(path: "/nonexistent/templates", reason: "no such directory")) {
            try ResourceFiles.load(directory: "/nonexistent/templates")
        }
    }

    @Test func aPriceFileThatIsADirectoryIsNamed() {
        let directory = Self.repository.appendingPathComponent("prices").path
        #expect(throws: ResourceError(path: directory, reason: "a directory, not a file")) {
            try ResourceFile.load(path: directory)
        }
    }

    @Test func theDigestFollowsContents() {
        let one = ResourceFiles(origin: "a", files: ["x": Data("1".utf8)])
        let same = ResourceFiles(origin: "b", files: ["x": Data("1".utf8)])
        let other = ResourceFiles(origin: "a", files: ["x": Data("2".utf8)])
        let renamed = ResourceFiles(origin: "a", files: ["y": Data("1".utf8)])
        #expect(one.digest == same.digest)
        #expect(one.digest != other.digest)
        #expect(one.digest != renamed.digest)
    }
}
