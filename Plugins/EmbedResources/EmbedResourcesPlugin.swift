import Foundation
import PackagePlugin

/// Compiles the repository's data files into the `ReqEngResources` module at build time.
///
/// Every regular, non-hidden file under `templates/`, `prices/` and `schemas/`, and the inference
/// rule catalogue, is handed to `reqeng-embed`, which writes one Swift source file into the
/// plugin's work directory. The files are declared as the command's inputs, so editing one reruns
/// the generator and rebuilds what depends on it; adding or removing one is seen when the plugin is
/// evaluated again, which SwiftPM does on every build.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    /// Embedded key prefix → repository folder.
    static let folders: [(key: String, folder: String)] = [
        ("templates", "templates"),
        ("prices", "prices"),
        ("schemas", "schemas"),
        ("rules", "Sources/ReqEngAgents/Resources"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        var pairs: [String] = []
        var inputs: [URL] = []
        for (key, folder) in Self.folders {
            let base = root.appendingPathComponent(folder)
            for relative in Self.files(under: base) {
                let url = base.appendingPathComponent(relative)
                pairs.append("\(key)/\(relative)=\(url.path)")
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles+Data.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) repository files into \(target.name)",
                executable: try context.tool(named: "reqeng-embed").url,
                arguments: [output.path] + pairs,
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    /// Relative paths of the regular, non-hidden files under `base`, sorted.
    static func files(under base: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var found: [String] = []
        for case let relative as String in enumerator {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            let path = base.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}
