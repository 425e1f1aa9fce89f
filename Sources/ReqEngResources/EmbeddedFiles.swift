import Foundation

/// The repository files compiled into the executable: the default templates (`templates/`, prompts
/// and partials included), the LLM price table (`prices/`), the RD JSON Schema (`schemas/`) and the
/// inference rule catalogue (`rules/`).
///
/// The repository files stay the source of truth: the `EmbedResources` build-tool plugin regenerates
/// the table on every build that changes one of them, and nothing generated is checked in.
package enum EmbeddedFiles {
    /// Every embedded path (such as `templates/rd.md.mustache`), sorted.
    package static var paths: [String] { base64.keys.sorted() }

    /// The bytes of the embedded file at `path`, or `nil` when none was embedded there.
    package static func data(_ path: String) -> Data? {
        base64[path].flatMap { Data(base64Encoded: $0) }
    }
}
