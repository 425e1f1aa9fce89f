import ReqEngBase
import ReqEngModel

/// Builds the delimited data blocks that carry transcript text into prompts.
///
/// Each block opens with `<<<DATA name nonce>>>` and closes with `<<<END name nonce>>>`, the nonce
/// being a hash of the block's content, so text inside cannot forge the end marker. Line breaks in
/// turns are folded to spaces, so every data line starts with a tag reqeng wrote (`[turn …]`,
/// `[req …]`, `[issue …]`).
package enum PromptData {
    /// A block named `name` around `lines`.
    package static func block(_ name: String, lines: [String]) -> String {
        let body = lines.joined(separator: "\n")
        let nonce = String(ContentDigest.sha256Hex(body).prefix(12))
        return "<<<DATA \(name) \(nonce)>>>\n\(body)\n<<<END \(name) \(nonce)>>>"
    }

    /// Every turn as `[turn SESSION#N] Speaker: text`.
    package static func transcripts(_ transcripts: [Transcript]) -> String {
        var lines: [String] = []
        for transcript in transcripts {
            for turn in transcript.turns {
                lines.append("[turn \(transcript.id)#\(turn.number)] \(flat(turn.speaker)): \(flat(turn.text))")
            }
        }
        return block("transcript", lines: lines)
    }

    /// Requirements as `[req ID] statement`.
    package static func requirements(_ requirements: [Requirement]) -> String {
        block("requirements", lines: requirements.map { "[req \($0.id)] \(flat($0.statement))" })
    }

    /// Issues as `[issue ID REQ-ID] message`.
    package static func issues(_ issues: [QualityIssue], requirements: [Requirement]) -> String {
        let statements = Dictionary(requirements.map { ($0.id, $0.statement) }, uniquingKeysWith: { first, _ in first })
        return block(
            "issues",
            lines: issues.map { issue in
                let requirement = issue.requirementID ?? "-"
                let statement =
                    issue.requirementID.flatMap { statements[$0] }.map { " | requirement: \(flat($0))" } ?? ""
                return "[issue \(issue.id) \(requirement)] \(flat(issue.message))\(statement)"
            })
    }

    /// `text` on one line, without control characters.
    static func flat(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }
}
