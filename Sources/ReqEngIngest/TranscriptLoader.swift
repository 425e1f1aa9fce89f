import ReqEngModel

/// The outcome of loading one transcript file: a transcript with its notices, or a recorded failure.
package enum TranscriptLoadResult: Sendable, Hashable {
    case loaded(Transcript, [InputNotice])
    case failed(InputFailure)
}

/// The transcripts of one project, with everything that was noticed or failed on the way.
package struct ProjectLoadResult: Sendable, Hashable {
    package var project: String
    /// Loaded transcripts in file order, session ids unique within the project.
    package var transcripts: [Transcript]
    package var notices: [InputNotice]
    package var failures: [InputFailure]
}

/// Reads, decodes and parses transcript files into `Transcript` values.
///
/// Every problem with a file becomes an `InputFailure` (see ``IngestError``) so the batch goes on.
/// The size is checked before reading; bytes are decoded by ``TextDecoding`` (no silent repair of
/// invalid UTF-8); the format's ``TranscriptParser`` finds the turns; then turns are whitespace-
/// normalised, empty ones dropped, speakers defaulted to "Unknown" and numbered from 1; a
/// transcript without question marks gets them where a sentence asks (``QuestionMarks``).
package struct TranscriptLoader: Sendable {
    /// Speaker of a turn whose source names nobody.
    package static let unknownSpeaker = "Unknown"

    package var limits: InputLimits

    package init(limits: InputLimits = InputLimits()) {
        self.limits = limits
    }

    /// Loads one file of `project`.
    package func load(_ file: InputFile, project: String) -> TranscriptLoadResult {
        do throws(IngestError) {
            let bytes = try FileReader.contents(
                of: file.path, displayPath: file.relativePath, limit: limits.maxFileBytes)
            let (transcript, notices) = try parse(bytes, file: file, project: project)
            return .loaded(transcript, notices)
        } catch {
            return .failed(error.failure(project: project))
        }
    }

    /// Loads every file of a project, making session ids unique (a later duplicate of a declared
    /// `session_id` gets a `-2`, `-3`, … suffix and a notice).
    package func load(_ project: ProjectInput) -> ProjectLoadResult {
        var result = ProjectLoadResult(project: project.name, transcripts: [], notices: [], failures: [])
        var usedIDs = Set<String>()
        for file in project.files {
            switch load(file, project: project.name) {
            case .loaded(var transcript, let notices):
                result.notices += notices
                let base = transcript.id
                var suffix = 2
                while !usedIDs.insert(transcript.id).inserted {
                    transcript.id = "\(base)-\(suffix)"
                    suffix += 1
                }
                if transcript.id != base {
                    result.notices.append(
                        InputNotice(
                            path: file.relativePath,
                            message:
                                "session id \"\(base)\" is already used in this project; renamed to \"\(transcript.id)\""
                        ))
                }
                result.transcripts.append(transcript)
            case .failed(let failure):
                result.failures.append(failure)
            }
        }
        return result
    }

    /// Decodes and parses the bytes of `file` without touching the file system. `project`, when given,
    /// is compared with a project named in the content, for a notice.
    package func parse(
        _ bytes: [UInt8], file: InputFile, project: String? = nil
    ) throws(IngestError) -> (Transcript, [InputNotice]) {
        let path = file.relativePath
        guard bytes.count <= limits.maxFileBytes else {
            throw .tooLarge(path: path, size: bytes.count, limit: limits.maxFileBytes)
        }
        let (text, decodingNotices) = try TextDecoding.decode(bytes, path: path)
        let parser = TranscriptParsers.parser(for: file.format)
        var parsed = try parser.parse(text, context: ParseContext(path: path, limits: limits))
        let controls = ControlCharacters.strip(&parsed)
        var turns = try numberedTurns(parsed.turns, path: path)
        let questionsMarked = QuestionMarks.restore(&turns)
        let transcript = Transcript(
            id: parsed.sessionID.map { TextLines.normaliseWhitespace($0) } ?? file.fallbackSessionID,
            title: parsed.title.map { TextLines.normaliseWhitespace($0) },
            date: parsed.date.map { $0.trimmingWhitespace() },
            sourcePath: path,
            format: file.format,
            participants: parsed.participants,
            turns: turns
        )
        var messages = decodingNotices + parsed.notices
        if controls > 0 {
            messages.append(
                "\(controls) control character(s) (such as NUL, U+0000) removed from the text: "
                    + "they would be cut or mangled in the run store and the documents")
        }
        if questionsMarked > 0 {
            messages.append(
                "the text has no question marks: \(questionsMarked) sentence(s) that ask by their wording "
                    + "(\"do you …\", \"how many …\") were given one, so that the answers to them are read as answers")
        }
        if let declared = parsed.declaredProject, let project, declared != project {
            messages.append(
                "the file names project \"\(declared)\" but is grouped under \"\(project)\" by where it lies")
        }
        return (transcript, messages.map { InputNotice(path: path, message: $0) })
    }

    private func numberedTurns(_ raw: [RawTurn], path: String) throws(IngestError) -> [Turn] {
        var turns: [Turn] = []
        for turn in raw {
            let text = TextLines.normaliseWhitespace(TextLines.endingListItems(turn.text))
            guard !text.isEmpty else { continue }
            let speaker = turn.speaker.map { TextLines.normaliseWhitespace($0) } ?? ""
            turns.append(
                Turn(
                    number: turns.count + 1, speaker: speaker.isEmpty ? Self.unknownSpeaker : speaker, text: text,
                    timestamp: turn.timestamp))
        }
        guard !turns.isEmpty else { throw .noTurns(path: path) }
        guard turns.count <= limits.maxTurns else {
            throw .tooManyTurns(path: path, count: turns.count, limit: limits.maxTurns)
        }
        let words = turns.reduce(0) { $0 + $1.text.split(separator: " ").count }
        guard words <= limits.maxWords else {
            throw .tooManyWords(path: path, count: words, limit: limits.maxWords)
        }
        return turns
    }
}
