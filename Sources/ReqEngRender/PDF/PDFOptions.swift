/// How the PDF Requirements Document is printed: paper, fonts and the metadata fields that are not in the model.
package struct PDFOptions: Sendable, Hashable {
    /// The paper sizes offered; A4 is the default, US Letter for North American readers.
    package enum Paper: String, Sendable, Hashable, CaseIterable {
        case a4
        case letter

        /// Width in PostScript points (1/72 inch).
        package var width: Double {
            switch self {
            case .a4: 595.276
            case .letter: 612
            }
        }

        /// Height in PostScript points (1/72 inch).
        package var height: Double {
            switch self {
            case .a4: 841.89
            case .letter: 792
            }
        }
    }

    package var paper: Paper
    /// Font family for all text; Pango falls back to other installed fonts for missing glyphs.
    package var fontFamily: String
    /// Written to the PDF `Author` field.
    package var author: String

    package init(paper: Paper = .a4, fontFamily: String = "DejaVu Sans", author: String = "reqeng") {
        self.paper = paper
        self.fontFamily = fontFamily
        self.author = author
    }
}
