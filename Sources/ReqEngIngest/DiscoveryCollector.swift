import ReqEngBase
import ReqEngModel

/// The mutable side of ``InputDiscovery``: walks directories and gathers files, notices and failures.
struct DiscoveryCollector {
    /// A file waiting for the projects to be finalised.
    private struct Pending {
        var file: InputFile
        /// Name of the input it came from, to tell apart equal relative paths from two inputs.
        var label: String
        /// Reached through a symbolic link; the real path wins when both lead to one file.
        var viaLink: Bool
    }

    /// A directory still to be read.
    private struct Walk {
        var directory: String
        var relativePath: String
        var viaLink: Bool
    }

    /// A directory entry, judged without opening it.
    private enum Examined {
        case directory(String)
        case file(String)
        case special(String)
    }

    /// Real path of the run's output directory, when it exists.
    private let outputDirectory: String?
    private var projects: [String: [Pending]] = [:]
    private var notices: [InputNotice] = []
    private var failures: [InputFailure] = []

    init(outputDirectory: String?) {
        self.outputDirectory = outputDirectory
    }

    /// Whether `directory` (a real path) is reqeng's output: the run's own, or one holding a store.
    private func isOutputDirectory(_ directory: String) -> Bool {
        if directory == outputDirectory { return true }
        let store = OutputLayout(root: directory).store
        if case .success((.regular, _)) = FileSystem.kind(of: store, follow: true) { return true }
        return false
    }

    private static let outputNotice =
        "skipped: a reqeng output directory (the run's --output, or one holding reqeng.sqlite) is not read as input"

    mutating func fail(_ error: IngestError, project: String) {
        failures.append(error.failure(project: project))
    }

    private mutating func notice(_ path: String, _ message: String) {
        notices.append(InputNotice(path: path, message: message))
    }

    /// A transcript named directly as an input.
    mutating func addLooseFile(path: String, name: String, label: String) {
        add(path: path, relativePath: name, project: InputDiscovery.stem(name), label: label, viaLink: false)
    }

    /// An input directory: sub-directories are projects, loose transcripts are projects of their own.
    mutating func scanInputDirectory(_ root: String, label: String) {
        let names: [String]
        switch FileSystem.entries(of: root) {
        case .success(let found): names = found
        case .failure(let error):
            fail(.unreadable(path: label, reason: error.message), project: label)
            return
        }
        for name in names where !name.hasPrefix(".") {
            let isTranscript = Self.format(of: name) != nil
            let project = isTranscript ? InputDiscovery.stem(name) : name
            let examined = examine(root + "/" + name, relativePath: name, root: root, project: project)
            switch examined?.entry {
            case .directory(let directory) where isOutputDirectory(directory):
                notice(name, Self.outputNotice)
            case .directory(let directory):
                collectProject(name, directory: directory, root: root, label: label)
            case .file(let file):
                add(path: file, relativePath: name, project: project, label: label, viaLink: examined?.isLink ?? false)
            case .special(let what):
                addSpecial(relativePath: name, what: what, project: project)
            case nil:
                break
            }
        }
    }

    /// Every transcript below `directory`, as project `name`. Iterative, so deep trees cannot exhaust
    /// the stack. Real directories are walked before linked ones and each directory is read once, so
    /// link loops end and a file keeps its real path rather than one through a link.
    private mutating func collectProject(_ name: String, directory: String, root: String, label: String) {
        let before = projects[name]?.count ?? 0
        var stack = [Walk(directory: directory, relativePath: name, viaLink: false)]
        var linked: [Walk] = []
        var visited = Set<String>()
        while let walk = stack.popLast() ?? linked.popLast() {
            guard visited.insert(walk.directory).inserted else {
                notice(walk.relativePath, "skipped: symbolic link to a directory already read; not followed again")
                continue
            }
            let entries: [String]
            switch FileSystem.entries(of: walk.directory) {
            case .success(let found): entries = found
            case .failure(let error):
                fail(.unreadable(path: walk.relativePath, reason: error.message), project: name)
                continue
            }
            for entry in entries.reversed() where !entry.hasPrefix(".") {
                let path = walk.relativePath + "/" + entry
                let examined = examine(walk.directory + "/" + entry, relativePath: path, root: root, project: name)
                let viaLink = walk.viaLink || (examined?.isLink ?? false)
                switch examined?.entry {
                case .directory(let real) where isOutputDirectory(real):
                    notice(path, Self.outputNotice)
                case .directory(let real):
                    let next = Walk(directory: real, relativePath: path, viaLink: viaLink)
                    if viaLink { linked.append(next) } else { stack.append(next) }
                case .file(let real):
                    add(path: real, relativePath: path, project: name, label: label, viaLink: viaLink)
                case .special(let what):
                    addSpecial(relativePath: path, what: what, project: name)
                case nil:
                    break
                }
            }
        }
        if projects[name]?.count ?? 0 == before {
            notice(name, "skipped: no transcript files (.txt, .md, .json, .vtt, .srt) in this directory")
        }
    }

    /// Classifies an entry, resolving a symbolic link only to decide whether it stays inside `root`.
    /// Problems are recorded here, and `nil` returned.
    private mutating func examine(
        _ path: String, relativePath: String, root: String, project: String
    ) -> (entry: Examined, isLink: Bool)? {
        let kind: FileSystem.Kind
        switch FileSystem.kind(of: path, follow: false) {
        case .success(let found) where !found.isLink:
            kind = found.kind
        case .success:
            guard let real = FileSystem.resolve(path) else {
                let reason = FileSystem.unresolvableLinkReason(path)
                if Self.format(of: relativePath) != nil {
                    fail(.unreadable(path: relativePath, reason: reason), project: project)
                } else {
                    notice(relativePath, "skipped: \(reason)")
                }
                return nil
            }
            guard FileSystem.isInside(real, root: root) else {
                fail(.symlinkOutside(path: relativePath, target: real), project: project)
                return nil
            }
            switch FileSystem.kind(of: real, follow: true) {
            case .success((.directory, _)): return (.directory(real), true)
            case .success((.regular, _)): return (.file(real), true)
            case .success((.special(let what), _)): return (.special(what), true)
            case .failure(let error):
                fail(.unreadable(path: relativePath, reason: error.message), project: project)
                return nil
            }
        case .failure(let error):
            fail(.unreadable(path: relativePath, reason: error.message), project: project)
            return nil
        }
        switch kind {
        case .directory: return (.directory(path), false)
        case .regular: return (.file(path), false)
        case .special(let what): return (.special(what), false)
        }
    }

    private mutating func add(path: String, relativePath: String, project: String, label: String, viaLink: Bool) {
        guard let format = Self.format(of: relativePath) else {
            notice(relativePath, Self.skipMessage(relativePath))
            return
        }
        let file = InputFile(path: path, relativePath: relativePath, format: format)
        projects[project, default: []].append(Pending(file: file, label: label, viaLink: viaLink))
    }

    /// A FIFO, socket or device: a failure when it is named like a transcript, else skipped.
    private mutating func addSpecial(relativePath: String, what: String, project: String) {
        if Self.format(of: relativePath) != nil {
            fail(
                .unreadable(path: relativePath, reason: "not a regular file (\(what)); it was not opened"),
                project: project)
        } else {
            notice(relativePath, Self.skipMessage(relativePath))
        }
    }

    /// Projects sorted by name, files by relative path, session ids unique per project.
    mutating func result() -> DiscoveredInputs {
        let inputs = projects.keys.sorted().map { name in
            ProjectInput(name: name, files: finalise(projects[name] ?? [], project: name))
        }
        return DiscoveredInputs(projects: inputs, notices: notices, failures: failures)
    }

    /// Drops second paths to one file (keeping the real one), then settles relative paths and ids.
    private mutating func finalise(_ pending: [Pending], project: String) -> [InputFile] {
        var firstPath: [String: String] = [:]
        let ordered = pending.enumerated().sorted {
            (Self.preference($0.element), $0.offset) < (Self.preference($1.element), $1.offset)
        }
        let unique = ordered.map(\.element).filter { item in
            if let first = firstPath[item.file.path] {
                notice(item.file.relativePath, "skipped: the same file as \(first) in project \"\(project)\"")
                return false
            }
            firstPath[item.file.path] = item.file.relativePath
            return true
        }
        var seenPaths = Set<String>()
        var files = unique.map { item in
            var file = item.file
            if !seenPaths.insert(file.relativePath).inserted {
                file.relativePath = item.label + "/" + file.relativePath
            }
            return file
        }
        files.sort { $0.relativePath < $1.relativePath }
        let stems = Dictionary(grouping: files, by: \.stem).mapValues(\.count)
        let names = Dictionary(grouping: files, by: { InputDiscovery.lastComponent($0.relativePath) }).mapValues(
            \.count)
        for index in files.indices {
            let name = InputDiscovery.lastComponent(files[index].relativePath)
            if stems[files[index].stem, default: 0] < 2 {
                files[index].sessionID = files[index].stem
            } else if names[name, default: 0] < 2 {
                files[index].sessionID = name
            } else {
                files[index].sessionID = files[index].relativePath
            }
        }
        return files
    }

    /// Real paths before linked ones, then by relative path.
    private static func preference(_ item: Pending) -> String {
        (item.viaLink ? "1" : "0") + item.file.relativePath
    }

    private static func format(of name: String) -> TranscriptFormat? {
        InputDiscovery.fileExtension(InputDiscovery.lastComponent(name)).flatMap(
            TranscriptParsers.format(forExtension:))
    }

    private static func skipMessage(_ name: String) -> String {
        guard let ext = InputDiscovery.fileExtension(InputDiscovery.lastComponent(name)) else {
            return "skipped: no file extension (expected .txt, .md, .json, .vtt or .srt)"
        }
        return "skipped: unknown extension .\(ext)"
    }
}
