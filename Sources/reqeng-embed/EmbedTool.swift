import Foundation

/// Writes a Swift file that carries the given files' bytes, so the `reqeng` executable needs no
/// file beside it (run by the `EmbedResources` build-tool plugin at every build).
///
/// Usage: `reqeng-embed OUTPUT.swift KEY=PATH ...`. Each file becomes an entry of
/// `EmbeddedFiles.base64` under `KEY` (a path such as `templates/rd.md.mustache`). The bytes are
/// stored as Base64 text, which keeps any content (quotes, backslashes, carriage returns) exact and
/// costs the compiler a string literal rather than an array literal.
@main
enum EmbedTool {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let output = arguments.first else {
            fail("usage: reqeng-embed OUTPUT.swift KEY=PATH ...")
        }
        var entries: [(key: String, base64: String)] = []
        for pair in arguments.dropFirst() {
            guard let equals = pair.firstIndex(of: "=") else { fail("'\(pair)' is not KEY=PATH") }
            let key = String(pair[..<equals])
            let path = String(pair[pair.index(after: equals)...])
            guard let data = FileManager.default.contents(atPath: path) else {
                fail("cannot read '\(path)' (for \(key))")
            }
            entries.append((key, data.base64EncodedString()))
        }
        entries.sort { $0.key < $1.key }
        var source = """
            // Generated at build time by reqeng-embed from the repository's files; not checked in.

            extension EmbeddedFiles {
                static let base64: [String: String] = [

            """
        if entries.isEmpty { source += "        :\n" }
        for entry in entries {
            source += "        \"\(entry.key)\": \"\(entry.base64)\",\n"
        }
        source += "    ]\n}\n"
        // Rewrite only on change, so an unchanged set of files does not recompile the module.
        if let existing = FileManager.default.contents(atPath: output), existing == Data(source.utf8) { return }
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            fail("cannot write '\(output)': \(error.localizedDescription)")
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("reqeng-embed: error: \(message)\n".utf8))
        exit(1)
    }
}
