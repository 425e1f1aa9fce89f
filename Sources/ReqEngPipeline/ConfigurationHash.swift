import ReqEngBase

/// A short, stable fingerprint of everything that changes a run's documents (engine, formats,
/// limits, refinement bound, templates and tool version), for the store and the report header.
package enum ConfigurationHash {
    package static func of(_ configuration: BatchConfiguration) -> String {
        let canonical = [
            "tool=\(ToolVersion.current)",
            "engine=\(configuration.engine)",
            "model=\(configuration.model ?? "")",
            "formats=\(configuration.formats.map(\.rawValue).sorted().joined(separator: ","))",
            "templates=\(configuration.templates)",
            "max_file_bytes=\(configuration.limits.maxFileBytes)",
            "max_json_depth=\(configuration.limits.maxJSONDepth)",
            "max_turns=\(configuration.limits.maxTurns)",
            "max_words=\(configuration.limits.maxWords)",
            "max_refinements=\(configuration.maxRefinements)",
            "redact_pii=\(configuration.redactor.redactPII)",
        ].joined(separator: "\n")
        return FNV1a.hex64(canonical)
    }

}
