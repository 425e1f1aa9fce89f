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
        return fnv1a64(canonical)
    }

    /// FNV-1a, 64 bits, as 16 lowercase hex digits: stable across runs and platforms.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
