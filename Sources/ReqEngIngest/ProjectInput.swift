import ReqEngModel

/// A project found in the inputs: a sub-directory of an input directory, or one loose transcript.
package struct ProjectInput: Sendable, Codable, Hashable {
    /// Project name: the sub-directory name, or the loose file's stem.
    package var name: String
    /// The project's transcript files, sorted by relative path.
    package var files: [InputFile]

    package init(name: String, files: [InputFile]) {
        self.name = name
        self.files = files
    }
}

/// One transcript file of a project.
package struct InputFile: Sendable, Codable, Hashable {
    /// Absolute path used to read the file.
    package var path: String
    /// Path relative to the input directory, `/`-separated; what messages and the RD show.
    package var relativePath: String
    /// Format chosen from the extension (content may still refine it, e.g. JSON shapes).
    package var format: TranscriptFormat
    /// Session id to use when the content declares none. Discovery sets it so ids stay unique within a
    /// project (the stem; the file name when two files share a stem); `nil` means the file stem.
    package var sessionID: String?

    package init(path: String, relativePath: String, format: TranscriptFormat, sessionID: String? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
        self.sessionID = sessionID
    }

    /// File name without its last extension, from the relative path.
    package var stem: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The id the session gets when its content names none.
    package var fallbackSessionID: String { sessionID ?? stem }
}
