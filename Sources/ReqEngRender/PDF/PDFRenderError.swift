/// Why a PDF could not be produced; the requirements themselves never cause this.
package enum PDFRenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Cairo reported an error while creating or finishing the PDF.
    case cairo(stage: String, status: String)

    package var description: String {
        switch self {
        case .cairo(let stage, let status):
            "Cairo could not \(stage) the PDF (\(status)); check that the Cairo and Pango libraries are installed "
                + "and working (`pkg-config --modversion pangocairo`)."
        }
    }
}
