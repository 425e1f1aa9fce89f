/// Why a document could not be rendered; every case says what to fix.
package enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    case templateDirectoryUnreadable(path: String, reason: String)
    case templateMissing(name: String, directory: String)
    case templateInvalid(name: String, reason: String)
    case encodingFailed(reason: String)
    case pdfFailed(reason: String)

    package var description: String {
        switch self {
        case .templateDirectoryUnreadable(let path, let reason):
            "cannot load templates from '\(path)': \(reason) (use --templates DIR to point at a template directory)"
        case .templateMissing(let name, let directory):
            "template '\(name).mustache' is missing from '\(directory)'"
        case .templateInvalid(let name, let reason):
            "template '\(name).mustache' does not parse: \(reason)"
        case .encodingFailed(let reason):
            "could not encode the document: \(reason)"
        case .pdfFailed(let reason):
            "could not render the PDF: \(reason)"
        }
    }
}
