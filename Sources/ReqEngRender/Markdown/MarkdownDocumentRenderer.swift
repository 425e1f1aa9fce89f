import Foundation
import Mustache
import ReqEngBase
import ReqEngModel

/// Renders the RD as Markdown from the `rd.md` Mustache template, laid out like an
/// ISO/IEC/IEEE 29148 SRS.
///
/// The template declares `{{% CONTENT_TYPE: MARKDOWN}}`, so every `{{value}}` is escaped with
/// ``MarkdownEscaper``: transcript text can never become Markdown or HTML.
package struct MarkdownDocumentRenderer: Sendable {
    package static let templateName = "rd.md"
    private let templates: TemplateLibrary

    /// Parses `templates` (the built-in set, or `--templates`); fails with a message naming what is missing.
    package init(templates: ResourceFiles = .builtInTemplates) throws(RenderError) {
        self.templates = try TemplateLibrary(templates: templates, required: [Self.templateName])
    }

    /// Loads the templates of `directory`; fails with a message naming what is missing.
    package init(templateDirectory: String) throws(RenderError) {
        templates = try TemplateLibrary(directory: templateDirectory, required: [Self.templateName])
    }

    package func render(_ document: RequirementsDocument) throws(RenderError) -> [UInt8] {
        let text = try templates.render(MarkdownView(document), template: Self.templateName)
        return Array(Self.tidy(text).utf8)
    }

    /// Collapses the blank lines that section tags leave behind and ends with one newline.
    static func tidy(_ text: String) -> String {
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
}

/// The `MARKDOWN` content type for Mustache templates: escapes values with ``MarkdownEscaper``.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscaper().escape(text) }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()

    static func registerOnce() { _ = registration }
}
