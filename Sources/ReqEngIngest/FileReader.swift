#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a transcript file with its size checked before a single byte is read.
///
/// The path is `stat`ed first (a file over the limit, or one that is not a regular file such as a
/// FIFO or device, is never opened); then it is opened non-blocking, checked again with `fstat` (the
/// file may have changed in between) and read up to one byte past the limit.
enum FileReader {
    static func contents(of path: String, displayPath: String, limit: Int) throws(IngestError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(errno, displayPath) }
        try check(info, displayPath: displayPath, limit: limit)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, displayPath) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw error(errno, displayPath) }
        try check(info, displayPath: displayPath, limit: limit)
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw error(errno, displayPath)
            }
            if got == 0 { break }
            count += got
            if count > limit { throw .tooLarge(path: displayPath, size: count, limit: limit) }
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 64 * 1024)) }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func check(_ info: stat, displayPath: String, limit: Int) throws(IngestError) {
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: displayPath, reason: "not a regular file (\(describe(info.st_mode)))")
        }
        if Int(info.st_size) > limit {
            throw .tooLarge(path: displayPath, size: Int(info.st_size), limit: limit)
        }
    }

    static func describe(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFLNK: "a symbolic link"
        default: "a regular file"
        }
    }

    private static func error(_ code: Int32, _ path: String) -> IngestError {
        if code == ENOENT { return .notFound(path: path) }
        let reason = String(cString: strerror(code))
        return .unreadable(path: path, reason: "\(reason) (errno \(code))")
    }
}
