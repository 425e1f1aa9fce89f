import ReqEngBase

extension RenderError: CategorizedError {
    /// Unusable templates are configuration; a document that cannot be encoded or drawn is a defect.
    package var category: ErrorCategory {
        switch self {
        case .templateDirectoryUnreadable, .templateMissing, .templateInvalid: .badConfiguration
        case .encodingFailed, .pdfFailed: .internalFailure
        }
    }
}
