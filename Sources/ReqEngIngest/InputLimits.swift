/// Limits that keep hostile or accidental input from exhausting the machine.
package struct InputLimits: Sendable, Hashable, Codable {
    /// Largest transcript file read, in bytes (default 10 MiB).
    package var maxFileBytes: Int
    /// Deepest JSON nesting accepted before parsing (default 64).
    package var maxJSONDepth: Int
    /// Most turns kept from one transcript (default 20,000).
    package var maxTurns: Int

    package init(maxFileBytes: Int = 10 * 1024 * 1024, maxJSONDepth: Int = 64, maxTurns: Int = 20_000) {
        self.maxFileBytes = maxFileBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxTurns = maxTurns
    }
}
