import Foundation
import Mustache
import ReqEngBase

/// The Mustache templates of one template set (the built-in `templates/`, or `--templates DIR`),
/// parsed once and rendered by name; shared by every template-driven renderer.
///
/// A template is named after its path without `.mustache` (`rd.md`, `partials/report-head.html`),
/// as partials refer to it. Content types: `MARKDOWN` (``MarkdownEscaper``) and `HTML_REPORT`
/// (``HTMLText``) besides the library's own `HTML` and `TEXT`.
package struct TemplateLibrary: Sendable {
    private static let fileExtension = ".mustache"
    private let library: MustacheLibrary
    /// Where the templates came from (a directory, or the built-in set), for messages.
    package let directory: String

    /// Parses every `*.mustache` of `templates`; fails with a message naming what is missing or
    /// broken, including any of `required` (template names without `.mustache`) that is absent.
    package init(templates: ResourceFiles, required: [String]) throws(RenderError) {
        // Every template of the set is parsed, whichever renderer asked, and a template naming an
        // unregistered content type does not parse: register all of ours first.
        MarkdownContentType.registerOnce()
        HTMLReportContentType.registerOnce()
        var parsed: [String: MustacheTemplate] = [:]
        for (path, data) in templates.files where path.hasSuffix(Self.fileExtension) {
            let name = String(path.dropLast(Self.fileExtension.count))
            guard let text = String(data: data, encoding: .utf8) else {
                throw .templateInvalid(name: templates.describe(name), reason: "not UTF-8 text")
            }
            do {
                parsed[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw .templateInvalid(
                    name: templates.describe(name), reason: "\(error.error) at line \(error.context.lineNumber)")
            } catch {
                throw .templateInvalid(name: templates.describe(name), reason: String(describing: error))
            }
        }
        library = MustacheLibrary(templates: parsed)
        directory = templates.origin
        for name in required where library.getTemplate(named: name) == nil {
            throw .templateMissing(name: name, directory: templates.origin)
        }
    }

    /// Loads every `*.mustache` under `directory` (see ``init(templates:required:)``).
    package init(directory: String, required: [String]) throws(RenderError) {
        let templates: ResourceFiles
        do {
            templates = try ResourceFiles.load(directory: directory)
        } catch {
            throw .templateDirectoryUnreadable(path: directory, reason: error.reason)
        }
        try self.init(templates: templates, required: required)
    }

    /// Renders `value` with the template `name`.
    package func render(_ value: Any, template name: String) throws(RenderError) -> String {
        guard let text = library.render(value, withTemplate: name) else {
            throw .templateMissing(name: name, directory: directory)
        }
        return text
    }
}
