import ReqEngBase

/// A short, stable fingerprint of everything that changes a run's documents (engine, formats,
/// limits, refinement bound, the contents of the templates, of the inference rule catalogue and of
/// the price table, and the tool version), for the store, the report header and the skipping of
/// unchanged projects.
///
/// Contents, not names: editing a template in place under the same `--templates DIR`, a new price
/// table under the same `--prices FILE`, or a rebuilt binary with changed built-in files each give a
/// new hash, so the projects they affect are rendered again.
package enum ConfigurationHash {
    package static func of(_ configuration: BatchConfiguration) -> String {
        FNV1a.hex64(canonical(configuration))
    }

    /// The built-in inference rule catalogue's digest (it has no override).
    package static let rulesDigest = ResourceFiles.embedded("rules").digest

    /// The text that is hashed, one `key=value` per line.
    package static func canonical(_ configuration: BatchConfiguration) -> String {
        var lines = [
            "tool=\(ToolVersion.current)",
            "engine=\(configuration.engine)",
            "model=\(configuration.model ?? "")",
            "formats=\(configuration.formats.map(\.rawValue).sorted().joined(separator: ","))",
            "templates=\(configuration.templates.digest)",
            "rules=\(rulesDigest)",
            "max_file_bytes=\(configuration.limits.maxFileBytes)",
            "max_json_depth=\(configuration.limits.maxJSONDepth)",
            "max_turns=\(configuration.limits.maxTurns)",
            "max_words=\(configuration.limits.maxWords)",
            "max_refinements=\(configuration.maxRefinements)",
            "redact_pii=\(configuration.redactor.redactPII)",
        ]
        // Prices reach only what a priced engine records (costs, budgets); the built-in engine's
        // documents do not depend on them.
        if configuration.engine != "builtin" {
            lines.append("prices=\(configuration.prices?.digest ?? "none")")
        }
        return lines.joined(separator: "\n")
    }
}
