/// File names inside the output directory, made safe whatever a project is called.
package enum OutputPaths {
    /// A file name for a project: letters, digits, `.`, `-` and `_` kept; anything else (path
    /// separators, `..`, control characters) becomes `_`, so nothing is written outside `rd/`.
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
        return String(name.prefix(120))
    }
}
