import ReqEngBase
import ReqEngModel

/// Finds the projects and transcript files named by the command-line inputs (DESIGN.md §3).
///
/// - An input directory: each immediate sub-directory is a project holding every transcript below it
///   (recursively); each transcript file directly inside is a project named after its stem.
/// - An input file: a project named after its stem; its relative path is its file name.
/// - Formats come from the extension (`.txt`, `.md`/`.markdown`, `.json`, `.vtt`, `.srt`, any case);
///   other files are skipped with a notice; hidden entries (names starting with `.`) are ignored.
/// - A symbolic link whose resolved target lies outside its input directory is neither followed nor
///   read: it is recorded as a `symlink_outside` failure. Links inside are followed; a link back to
///   an ancestor or to a directory already visited is skipped with a notice, so loops end.
/// - The same project name from several inputs (or a sub-directory and a loose file of the same
///   stem) is one project: the files are merged; a relative path seen twice gets the later input
///   directory's name as a prefix.
/// - Each file gets a session id unique within its project: its stem, or its file name when two
///   files share a stem, or its relative path when they share the name too.
///
/// - A directory that is reqeng's own output (the run's `--output`, or any directory holding a run
///   store `reqeng.sqlite`) is skipped with a notice: documents reqeng wrote are not transcripts.
///
/// Nothing is opened or read here; only ``IngestError/notFound(path:)`` is thrown, for an input
/// that does not exist.
package struct InputDiscovery: Sendable {
    package var limits: InputLimits
    /// The run's output directory, skipped wherever it appears below an input.
    package var outputDirectory: String?

    /// File name of reqeng's run store; a directory holding one is an output directory.
    package static let storeFileName = OutputLayout.storeFileName

    package init(limits: InputLimits = InputLimits(), outputDirectory: String? = nil) {
        self.limits = limits
        self.outputDirectory = outputDirectory
    }

    package func discover(_ inputs: [String]) throws(IngestError) -> DiscoveredInputs {
        var collector = DiscoveryCollector(outputDirectory: outputDirectory.flatMap(FileSystem.resolve))
        for input in inputs {
            let label = Self.lastComponent(input)
            guard case .success = FileSystem.kind(of: input, follow: false), let resolved = FileSystem.resolve(input)
            else { throw .notFound(path: input) }
            switch FileSystem.kind(of: resolved, follow: true) {
            case .success((.directory, _)):
                collector.scanInputDirectory(resolved, label: label)
            case .success((.regular, _)):
                collector.addLooseFile(path: resolved, name: label, label: label)
            case .success((.special(let what), _)):
                collector.fail(
                    .unreadable(path: input, reason: "not a regular file (\(what))"), project: Self.stem(label))
            case .failure(let error):
                guard !error.isNotFound else { throw .notFound(path: input) }
                collector.fail(.unreadable(path: input, reason: error.message), project: Self.stem(label))
            }
        }
        return Self.capped(collector.result(), maxFiles: limits.maxFiles)
    }

    /// Keeps the first `maxFiles` files in project order; every file past the limit becomes a
    /// `too_many_files` failure (named, not read), and projects left empty are dropped.
    static func capped(_ discovered: DiscoveredInputs, maxFiles: Int) -> DiscoveredInputs {
        var result = discovered
        var kept = 0
        result.projects = discovered.projects.compactMap { project in
            var trimmed = project
            trimmed.files = []
            for file in project.files {
                if kept < maxFiles {
                    trimmed.files.append(file)
                    kept += 1
                } else {
                    result.failures.append(
                        IngestError.tooManyFiles(path: file.relativePath, limit: maxFiles).failure(
                            project: project.name))
                }
            }
            return trimmed.files.isEmpty ? nil : trimmed
        }
        return result
    }

    /// Last path component, ignoring trailing slashes.
    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// File name without its last extension (a leading dot is not an extension separator).
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Extension without the dot, or `nil` when the name has none.
    static func fileExtension(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }
}
