/// The PDF Requirements Document after layout: pages of positioned boxes, in points from the top-left corner.
///
/// It is the single thing the painter draws and the thing golden tests compare (as `dump()` text), so what
/// is tested is exactly what is printed.
package struct PDFLayout: Sendable, Hashable {
    package var pageWidth: Double
    package var pageHeight: Double
    package var pages: [PDFPage]
    /// The bookmarks of the PDF viewer's side panel, in document order.
    package var outline: [PDFOutlineEntry]
    package var metadata: PDFMetadata
}

/// One page: boxes in painting order.
package struct PDFPage: Sendable, Hashable {
    package var boxes: [PDFBox] = []
}

/// Something drawn on a page (or an invisible link or anchor).
package enum PDFBox: Sendable, Hashable {
    case text(PDFTextBox)
    case rule(PDFRule)
    case fill(PDFFill)
    /// A clickable area that jumps to a named anchor.
    case link(PDFLink)
    /// A named destination for links.
    case anchor(PDFAnchor)
}

/// A block of text laid out by Pango inside a fixed width.
package struct PDFTextBox: Sendable, Hashable {
    package var x: Double
    package var y: Double
    package var width: Double
    package var height: Double
    package var style: PDFTextStyle
    package var alignment: PDFAlignment
    package var runs: [PDFTextRun]
    /// Colour override for the whole box, else the style's colour.
    package var color: PDFColor?

    /// The text of all runs, as Pango receives it.
    package var text: String { runs.map(\.text).joined() }
}

/// Horizontal alignment of a text box.
package enum PDFAlignment: String, Sendable, Hashable {
    case left, center, right, justify
}

/// A straight line.
package struct PDFRule: Sendable, Hashable {
    package var x1: Double
    package var y1: Double
    package var x2: Double
    package var y2: Double
    package var lineWidth: Double
    package var color: PDFColor
    /// Dotted, as a table-of-contents leader.
    package var dotted = false
}

/// A filled rectangle (table header shading, chart bars, tinted rows).
package struct PDFFill: Sendable, Hashable {
    package var x: Double
    package var y: Double
    package var width: Double
    package var height: Double
    package var color: PDFColor
}

/// A clickable rectangle that jumps to an anchor.
package struct PDFLink: Sendable, Hashable {
    package var x: Double
    package var y: Double
    package var width: Double
    package var height: Double
    /// An anchor name made by the composer (never text from the transcripts).
    package var destination: String
}

/// A named destination at a point of a page.
package struct PDFAnchor: Sendable, Hashable {
    package var name: String
    package var x: Double
    package var y: Double
}

/// One bookmark of the PDF outline.
package struct PDFOutlineEntry: Sendable, Hashable {
    package var title: String
    /// 1 for a top-level section, 2 for its subsections.
    package var level: Int
    /// Zero-based page index.
    package var page: Int
    package var y: Double
}

/// The PDF document information dictionary.
package struct PDFMetadata: Sendable, Hashable {
    package var title: String
    package var author: String
    package var subject: String
    package var keywords: String
    package var creator: String
    /// ISO 8601, as Cairo expects it (`YYYY-MM-DDThh:mm:ss` with an optional zone).
    package var createDate: String
}
