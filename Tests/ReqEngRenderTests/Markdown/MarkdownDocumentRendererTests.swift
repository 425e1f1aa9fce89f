import Foundation
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
}
