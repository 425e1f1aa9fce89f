/// Substring tests on UTF-8 bytes, for the fixed ASCII phrase lists matched against transcript text.
///
/// Foundation's `contains` is Unicode-aware (it bridges to UTF-16 and folds characters on every
/// call), which took several percent of a whole run when applied to every sentence. For an ASCII
/// needle in already lower-cased text the byte test gives the same answer at a fraction of the cost.
package enum ByteSearch {
    /// Whether `text` contains `needle`, compared byte for byte.
    package static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard pattern.count <= haystack.count else { return false }
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < pattern.count && haystack[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// Whether `text` contains any of `needles`.
    package static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        needles.contains { contains(text, $0) }
    }
}
