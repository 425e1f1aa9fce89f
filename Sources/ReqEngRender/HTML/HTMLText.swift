import Mustache

/// Makes untrusted text inert in HTML (element content and quoted attributes alike): `<`, `>`, `&`,
/// `"` and `'` become entities, and bidi overrides and other invisible controls become a visible
/// `[U+XXXX]`, as in the Markdown output.
package enum HTMLText {
    package static func escape(_ text: String) -> String {
        var output = ""
        let visible = MarkdownEscaper.visibleControls(in: text)
        output.reserveCapacity(visible.utf8.count)
        for character in visible {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}

/// The `HTML_REPORT` content type of the report templates: ``HTMLText`` escaping for every `{{value}}`.
struct HTMLReportContentType: MustacheContentType {
    static let name = "HTML_REPORT"

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }

    private static let registration: Void = {
        MustacheContentTypes.register(HTMLReportContentType(), named: name)
    }()

    static func registerOnce() { _ = registration }
}
