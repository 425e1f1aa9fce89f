/// Limits that keep hostile or accidental input from exhausting the machine.
package struct InputLimits: Sendable, Hashable, Codable {
    /// Largest transcript file read, in bytes (default 10 MiB).
    package var maxFileBytes: Int
    /// Deepest JSON nesting accepted before parsing (default 64).
    package var maxJSONDepth: Int
    /// Most turns kept from one transcript (default 20,000).
    package var maxTurns: Int
    /// Most words read from one transcript (default 2,000,000).
    package var maxWords: Int
    /// Most transcript files in one batch (default 100,000); the rest are reported, not read.
    package var maxFiles: Int

    package init(
        maxFileBytes: Int = 10 * 1024 * 1024, maxJSONDepth: Int = 64, maxTurns: Int = 20_000,
        maxWords: Int = 2_000_000, maxFiles: Int = 100_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxTurns = maxTurns
        self.maxWords = maxWords
        self.maxFiles = maxFiles
    }
}
