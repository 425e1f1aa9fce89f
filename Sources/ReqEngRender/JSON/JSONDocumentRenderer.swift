import Foundation
import ReqEngModel

/// Writes the RD as JSON (DESIGN.md §5): sorted keys, two-space indentation, a trailing newline,
/// so identical documents give identical bytes.
package struct JSONDocumentRenderer: Sendable {
    package init() {}

    package func render(_ document: RequirementsDocument) throws(RenderError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var bytes = [UInt8](try encoder.encode(document))
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        } catch {
            throw .encodingFailed(reason: String(describing: error))
        }
    }
}
