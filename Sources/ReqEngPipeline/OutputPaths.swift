import ReqEngBase

/// File names inside the output directory, made safe whatever a project is called.
package enum OutputPaths {
    /// Longest file stem written (before the format's extension).
    static let maxStemLength = 120

    /// A file name for a project: letters, digits, `.`, `-` and `_` kept; anything else (path
    /// separators, `..`, control characters) becomes `_`, so nothing is written outside `rd/`.
    ///
    /// The mapping is one-to-one: a name that had to be changed (or shortened) gets `-` and the first
    /// ten hex digits of the SHA-256 of the original name appended, so `sp ace`, `sp?ace` and `sp_ace`
    /// are three files. The suffix depends on the name alone, never on which other projects exist or
    /// in what order they were found, so a project keeps its file names from run to run.
    package static func fileName(forProject project: String) -> String {
        var name = String(
            project.unicodeScalars.map { scalar -> Character in
                let allowed =
                    (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                        || scalar == ".") && scalar.value > 0x1F
                return allowed ? Character(scalar) : "_"
            })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "_" }
        guard name != project || name.count > maxStemLength else { return name }
        let suffix = "-" + ContentDigest.sha256Hex(project).prefix(10)
        return String(name.prefix(maxStemLength - suffix.count)) + suffix
    }
}
