import Foundation
import Mustache
import ReqEngModel
import Testing

@testable import ReqEngRender

@Suite struct MarkdownDocumentRendererTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path

    @Test func fixtureDocumentMatchesGolden() async throws {
        let renderer = try await MarkdownDocumentRenderer(templateDirectory: Self.templates)
        let text = String(decoding: try renderer.render(DocumentFixture.document), as: UTF8.self)
        try GoldenFile.expectMatch(text, named: "clinic.md")
    }

    @Test func hostileTranscriptTextIsInert() async throws {
        let renderer = try await MarkdownDocumentRenderer(templateDirectory: Self.templates)
        let text = String(decoding: try renderer.render(DocumentFixture.document), as: UTF8.self)
        #expect(!text.contains("<script>"))
        #expect(!text.contains("[click](javascript:"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("\\<script\\>"))
    }

    @Test func everyRequirementAppearsInItsSectionAndTheMatrix() async throws {
        let renderer = try await MarkdownDocumentRenderer(templateDirectory: Self.templates)
        let text = String(decoding: try renderer.render(DocumentFixture.document), as: UTF8.self)
        for id in ["REQ-001", "REQ-002", "REQ-003", "REQ-INF-001"] {
            #expect(text.components(separatedBy: id).count - 1 >= 2, "\(id) in body and traceability matrix")
        }
        #expect(text.contains("#### REQ-INF-001 Authentication *(inferred)*"))
        #expect(text.contains("### For Tom"))
    }

    @Test func missingTemplateDirectoryIsAConfigurationError() async {
        await #expect(throws: RenderError.self) {
            _ = try await MarkdownDocumentRenderer(templateDirectory: "/nonexistent/templates")
        }
    }

    @Test func templateDirectoryWithoutTheRDTemplateIsNamed() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-empty-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        do {
            _ = try await MarkdownDocumentRenderer(templateDirectory: empty.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("rd.md.mustache"))
        }
    }

    /// A custom template may read model properties the shipped one does not use.
    @Test func customTemplateStillSeesEveryModelProperty() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-custom-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = """
            {{document.schemaVersion}}/{{document.run.refinementPasses}}
            {{#findingGroups}}{{#findings}}{{issueType}};{{/findings}}{{/findingGroups}}
            {{#questionGroups}}{{#questions}}{{addressee}}:{{issueID}};{{/questions}}{{/questionGroups}}
            {{#document.glossary}}{{occurrences}};{{/document.glossary}}
            """
        try template.write(
            to: directory.appendingPathComponent("\(MarkdownDocumentRenderer.templateName).mustache"), atomically: true,
            encoding: .utf8)
        let renderer = try await MarkdownDocumentRenderer(templateDirectory: directory.path)
        let document = DocumentFixture.document
        let text = String(decoding: try renderer.render(document), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(document.schemaVersion)/\(document.run.refinementPasses)")
        let issueTypes = Severity.allCases.flatMap { severity in
            document.issues.filter { $0.severity == severity }.map(\.issueType)
        }
        #expect(lines.contains(issueTypes.map { "\($0);" }.joined()))
        #expect(lines.contains(document.glossary.map { "\($0.occurrences);" }.joined()))
        let firstQuestion = try #require(document.questions.first)
        #expect(text.contains("\(firstQuestion.addressee):\(firstQuestion.issueID ?? "")"))
    }
}

/// The RD's run section says where the built-in engine stood in for the model (issue 16, item 10).
@Suite("Fallback in the Markdown run section")
struct MarkdownFallbackRowTests {
    @Test("Nodes that fell back are listed in the header table; a document without any has no such row")
    func fallbackRow() async throws {
        let renderer = try await MarkdownDocumentRenderer(templateDirectory: MarkdownDocumentRendererTests.templates)
        var document = DocumentFixture.document
        document.run.engine = "openai"
        document.run.model = "gpt-4o-mini"
        document.run.llmFallbacks = ["extraction", "validation"]
        let text = String(decoding: try renderer.render(document), as: UTF8.self)
        #expect(text.contains("| Built-in fallback | extraction, validation: the model's answers were unusable"))
        let plain = String(decoding: try renderer.render(DocumentFixture.document), as: UTF8.self)
        #expect(!plain.contains("Built-in fallback"))
    }

    /// The line-by-line tidy on characters that the byte version replaced, as the reference.
    private static func tidyByCharacters(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " }).isEmpty
            blank = trimmed ? blank + 1 : 0
            if blank <= 1 { lines.append(trimmed ? "" : line) }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(
        "Tidying collapses blank lines as splitting the text into characters did, CR LF kept inside a line",
        arguments: [
            "", "\n", "a", "a\n", "a\n\n\n\nb", "  \n \n\nb\n  \n", "a\r\n\r\nb\n\n\nc", "a\r\n  \n\n",
            "\r\n\r\n", "é\n\u{301}\n\n x\n\n\n", "a\n \u{301}\n\n", "# T\n\n\n| a | b |\n\n   \n\n",
        ])
    func tidyMatchesCharacterLines(_ text: String) {
        #expect(MarkdownDocumentRenderer.tidy(text) == Array(Self.tidyByCharacters(text).utf8))
    }
}
