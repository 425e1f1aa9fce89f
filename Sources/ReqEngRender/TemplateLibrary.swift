import Foundation
import Mustache

/// The Mustache templates of one directory (`templates/` or `--templates DIR`), loaded once at run
/// time and rendered by name; shared by every template-driven renderer.
///
/// Content types: `MARKDOWN` (``MarkdownEscaper``) and `HTML_REPORT` (``HTMLText``) besides the
/// library's own `HTML` and `TEXT`.
package struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// The directory the templates were loaded from.
    package let directory: String

    /// Loads every `*.mustache` under `directory`; fails with a message naming what is missing or broken,
    /// including any of `required` (template names without `.mustache`) that is absent.
    package init(directory: String, required: [String]) async throws(RenderError) {
        // Every template of the directory is parsed, whichever renderer asked, and a template naming
        // an unregistered content type does not parse: register all of ours first.
        MarkdownContentType.registerOnce()
        HTMLReportContentType.registerOnce()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .templateDirectoryUnreadable(path: directory, reason: "no such directory")
        }
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw .templateInvalid(name: error.filename, reason: "\(error.error) at line \(error.context.lineNumber)")
        } catch {
            throw .templateDirectoryUnreadable(path: directory, reason: String(describing: error))
        }
        for name in required where library.getTemplate(named: name) == nil {
            throw .templateMissing(name: name, directory: directory)
        }
        self.directory = directory
    }

    /// Renders `value` with the template `name`.
    package func render(_ value: Any, template name: String) throws(RenderError) -> String {
        guard let text = library.render(value, withTemplate: name) else {
            throw .templateMissing(name: name, directory: directory)
        }
        return text
    }
}
