import Foundation

/// Finds the template directory when `--templates` is not given, so `reqeng` works from any
/// working directory: `./templates` first, then a `templates/` (or `share/reqeng/templates/`)
/// found walking up from the executable — the repository for a built checkout, the prefix for an
/// install.
enum TemplateDirectory {
    static let marker = "rd.md.mustache"

    static func resolve(_ option: String?) -> String {
        if let option { return option }
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: "templates/" + marker) { return "templates" }
        let executable =
            (try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["templates", "share/reqeng/templates"] {
                let path = directory.appendingPathComponent(candidate).path
                if fileManager.fileExists(atPath: path + "/" + marker) { return path }
            }
            directory.deleteLastPathComponent()
        }
        return "templates"
    }
}
