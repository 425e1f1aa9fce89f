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
        return Self.tidy(text)
    }

    /// Collapses the blank lines that section tags leave behind and ends with one newline.
    ///
    /// Works on the UTF-8 bytes, as splitting the `String` into lines did on its characters: a line
    /// ends at a line feed unless a carriage return comes just before it (CR LF is one `Character`,
    /// so it stays inside a line), and a line of spaces alone is blank and written empty.
    static func tidy(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var blank = 0
            var start = 0
            var onlySpaces = true
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : nil
                if let byte, byte != UInt8(ascii: "\n") || (index > 0 && bytes[index - 1] == UInt8(ascii: "\r")) {
                    if byte != UInt8(ascii: " ") { onlySpaces = false }
                    continue
                }
                blank = onlySpaces ? blank + 1 : 0
                if blank <= 1 { lines.append(onlySpaces ? start..<start : start..<index) }
                start = index + 1
                onlySpaces = true
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1)
            for (number, line) in lines.enumerated() {
                if number > 0 { output.append(UInt8(ascii: "\n")) }
                output.append(contentsOf: bytes[line])
            }
            output.append(UInt8(ascii: "\n"))
            return output
        }
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
