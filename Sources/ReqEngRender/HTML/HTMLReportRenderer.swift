import ReqEngBase

/// Renders the run page (`reports/runs/<run-id>.html`) and the index (`reports/index.html`) from the
/// `report.html` and `index.html` Mustache templates.
///
/// The templates declare `{{% CONTENT_TYPE: HTML_REPORT}}`: every `{{value}}` is HTML-escaped with
/// bidi controls made visible (``HTMLText``), so transcript text stays inert. Pages are
/// self-contained: inline CSS and SVG, no script, a restrictive Content-Security-Policy.
package struct HTMLReportRenderer: Sendable {
    package static let runTemplate = "report.html"
    package static let indexTemplate = "index.html"
    private let templates: TemplateLibrary

    /// Parses `templates` (the built-in set, or `--templates`); fails with a message naming what is missing.
    package init(templates: ResourceFiles = .builtInTemplates) throws(RenderError) {
        self.templates = try TemplateLibrary(templates: templates, required: [Self.runTemplate, Self.indexTemplate])
    }

    /// Loads the templates of `directory`; fails with a message naming what is missing.
    package init(templateDirectory: String) throws(RenderError) {
        templates = try TemplateLibrary(directory: templateDirectory, required: [Self.runTemplate, Self.indexTemplate])
    }

    package func render(run report: RunReport) throws(RenderError) -> [UInt8] {
        Array(Self.tidy(try templates.render(HTMLReportView(report), template: Self.runTemplate)).utf8)
    }

    package func render(index: RunIndex) throws(RenderError) -> [UInt8] {
        Array(Self.tidy(try templates.render(HTMLIndexView(index), template: Self.indexTemplate)).utf8)
    }

    /// Drops the whitespace-only lines that section tags leave, and ends with one newline.
    static func tidy(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        return lines.joined(separator: "\n") + "\n"
    }
}
