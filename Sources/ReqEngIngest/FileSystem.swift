import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system questions discovery asks, none of which opens a file.
enum FileSystem {
    /// What a directory entry is, judged without reading it.
    enum Kind: Hashable {
        case directory
        case regular
        /// FIFO, socket or device: never opened.
        case special(String)
    }

    /// The kind of `path`, following a final symbolic link when `follow` is set; `nil` with the
    /// error number when it cannot be examined.
    static func kind(of path: String, follow: Bool) -> Result<(kind: Kind, isLink: Bool), Errno> {
        var info = stat()
        let status = follow ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .failure(Errno(code: errno)) }
        let type = info.st_mode & S_IFMT
        switch type {
        case S_IFDIR: return .success((.directory, false))
        case S_IFREG: return .success((.regular, false))
        case S_IFLNK: return .success((.special("a symbolic link"), true))
        default: return .success((.special(FileReader.describe(info.st_mode)), false))
        }
    }

    /// The absolute path with every symbolic link resolved, or `nil` when some part does not exist.
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why `path` (a symbolic link) cannot be resolved: a loop of links, a missing target, or the
    /// system's reason.
    static func unresolvableLinkReason(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            free(resolved)
            return "the link could not be followed"
        }
        let code = errno
        switch code {
        case ELOOP:
            return
                "symbolic link loop: \(linkText(path)) leads back to a link on its own way (too many levels of links)"
        case ENOENT, ENOTDIR:
            return "broken symbolic link to \(linkText(path)) (the target does not exist)"
        default:
            return "symbolic link to \(linkText(path)) cannot be followed: \(String(cString: strerror(code)))"
        }
    }

    /// What a symbolic link says, for messages about links that lead nowhere.
    static func linkText(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Names in `directory`, sorted, without `.` and `..`.
    static func entries(of directory: String) -> Result<[String], Errno> {
        guard let stream = opendir(directory) else { return .failure(Errno(code: errno)) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// Whether `path` is `root` or lies below it (both resolved).
    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// An `errno` value that reads well in messages.
    struct Errno: Error, Hashable {
        var code: Int32
        var isNotFound: Bool { code == ENOENT || code == ENOTDIR }
        var message: String { "\(String(cString: strerror(code))) (errno \(code))" }
    }
}
