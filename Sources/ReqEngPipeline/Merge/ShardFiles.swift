import Foundation
import ReqEngBase

#if canImport(Glibc)
    import Glibc
#endif

/// The file side of a merge: Requirements Documents copied byte for byte, and line files (traces,
/// logs) concatenated in shard order. Every file is replaced in one step (temporary file, rename),
/// so a reader never sees half of one.
struct ShardFiles: Sendable {
    let output: String

    /// Copies every file of each shard's `rd/` into the output's `rd/`; returns how many files the
    /// merged `rd/` got. A file two shards both wrote must be byte-identical; an output file that
    /// already has the right bytes is left untouched.
    func copyDocuments(from shards: [ShardSource]) throws(MergeError) -> Int {
        var sources: [String: (shard: String, path: String)] = [:]
        var order: [String] = []
        for shard in shards {
            for name in Self.regularFiles(in: shard.documentsDirectory) {
                let path = (shard.documentsDirectory as NSString).appendingPathComponent(name)
                if let earlier = sources[name] {
                    guard Self.contents(earlier.path) == Self.contents(path) else {
                        throw .conflictingFile(
                            path: "\(OutputLayout.documentsDirectory)/\(name)",
                            shards: [earlier.shard, shard.directory])
                    }
                    continue
                }
                sources[name] = (shard.directory, path)
                order.append(name)
            }
        }
        let writer = OutputWriter(root: output)
        do {
            try writer.ensureDirectory(OutputLayout.documentsDirectory)
            for name in order {
                guard let source = sources[name], let bytes = Self.contents(source.path) else {
                    throw MergeError.badShardData(path: sources[name]?.path ?? name, reason: "cannot be read")
                }
                let relative = "\(OutputLayout.documentsDirectory)/\(name)"
                if Self.contents((output as NSString).appendingPathComponent(relative)) == bytes { continue }
                try writer.write([UInt8](bytes), to: relative)
            }
        } catch let error as MergeError {
            throw error
        } catch let error as WriteError {
            throw .cannotWrite(path: error.path, reason: error.reason)
        } catch {
            throw .cannotWrite(path: output, reason: String(describing: error))
        }
        return order.count
    }

    /// Writes `relativePath` as the files at `sources` one after another (those that do not exist are
    /// skipped), each ending in a newline; returns how many sources were found.
    @discardableResult
    func concatenate(_ sources: [String], to relativePath: String) throws(MergeError) -> Int {
        let path = (output as NSString).appendingPathComponent(relativePath)
        let directory = (path as NSString).deletingLastPathComponent
        let temporary =
            (directory as NSString).appendingPathComponent(
                ".\((path as NSString).lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-"
                    + "\(UInt32.random(in: 0...UInt32.max))")
        var found = 0
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                throw MergeError.cannotWrite(path: temporary, reason: "cannot create a file there")
            }
            let sink = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? sink.close() }
            for source in sources {
                guard let input = FileHandle(forReadingAtPath: source) else { continue }
                defer { try? input.close() }
                found += 1
                var last: UInt8?
                while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try sink.write(contentsOf: chunk)
                    last = chunk.last
                }
                if let last, last != UInt8(ascii: "\n") { try sink.write(contentsOf: Data([UInt8(ascii: "\n")])) }
            }
            try sink.synchronize()
            guard rename(temporary, path) == 0 else {
                throw MergeError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as MergeError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
        return found
    }

    /// Atomically replaces `relativePath` with `bytes`.
    func write(_ bytes: Data, to relativePath: String) throws(MergeError) {
        let writer = OutputWriter(root: output)
        do {
            try writer.ensureDirectory((relativePath as NSString).deletingLastPathComponent)
            try writer.write([UInt8](bytes), to: relativePath)
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
    }

    static func mapped(_ error: PipelineError) -> MergeError {
        if case .cannotWrite(let path, let reason) = error { return .cannotWrite(path: path, reason: reason) }
        return .store(error.description)
    }

    /// Names of the regular, non-hidden files of `directory`, sorted; none when it does not exist.
    static func regularFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(name)
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    static func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }
}
