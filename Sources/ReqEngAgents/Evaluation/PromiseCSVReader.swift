import Foundation
import ReqEngModel

/// Reads the PROMISE NFR CSV layout `ProjectID,RequirementText,class`, tolerating its quirks.
///
/// The text column is usually wrapped in single quotes and may itself hold commas and quotes, so a
/// row is split at its first and last comma rather than by a general CSV grammar. Also accepted:
/// a header line, blank lines, CRLF line ends, stray spaces around fields, a double-quoted text
/// column (`""` inside), a missing opening or closing quote, and backslash escapes (`\%`, `\t`).
/// Rows that still cannot be read are returned as ``SkippedRow``s, not thrown.
package struct PromiseCSVReader: Sendable {
    package init() {}

    /// Parses the whole file content.
    package func parse(_ content: String) -> (rows: [LabelledRequirement], skipped: [SkippedRow]) {
        var rows: [LabelledRequirement] = []
        var skipped: [SkippedRow] = []
        var lines = content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = TextCleanup.trim(rawLine, " \t\r")
            if line.isEmpty { continue }
            switch parseRow(line, lineNumber: lineNumber) {
            case .row(let row): rows.append(row)
            case .header: continue
            case .skip(let reason): skipped.append(SkippedRow(line: lineNumber, reason: reason))
            }
        }
        return (rows, skipped)
    }

    private enum RowResult {
        case row(LabelledRequirement)
        case header
        case skip(String)
    }

    private func parseRow(_ line: String, lineNumber: Int) -> RowResult {
        guard let firstComma = line.firstIndex(of: ","), let lastComma = line.lastIndex(of: ","),
            firstComma < lastComma
        else {
            return .skip("expected three columns `ProjectID,RequirementText,class`, found fewer")
        }
        let project = TextCleanup.trim(line[..<firstComma], " \t")
        let label = TextCleanup.trim(line[line.index(after: lastComma)...], " \t'\"").uppercased()
        let rawText = String(line[line.index(after: firstComma)..<lastComma])
        if label == "CLASS" { return .header }
        guard Self.knownLabels.contains(label) else {
            return .skip("unknown class `\(label)`; expected F or one of \(Self.nfrLabels.joined(separator: " "))")
        }
        let text = Self.cleanText(rawText)
        guard text.contains(where: \.isLetter) else {
            return .skip("the requirement text is empty")
        }
        return .row(LabelledRequirement(line: lineNumber, projectID: project, text: text, label: label))
    }

    /// Removes the quoting and escapes of the text column and collapses runs of spaces.
    static func cleanText(_ raw: String) -> String {
        var text = TextCleanup.trim(raw, " \t")
        if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 {
            text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        text = TextCleanup.trim(text, " \t")
        if text.hasPrefix("'") { text.removeFirst() }
        if text.hasSuffix("'") { text.removeLast() }
        text = text.replacingOccurrences(of: "\\t", with: " ")
        text = text.replacingOccurrences(of: "\\n", with: " ")
        var unescaped = ""
        var escaping = false
        for character in text {
            if escaping {
                unescaped.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                unescaped.append(character == "\t" ? " " : character)
            }
        }
        return unescaped.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The eleven NFR class codes, in ``NFRCategory`` order.
    static let nfrLabels = NFRCategory.allCases.map(\.promiseCode)
    static let knownLabels = Set(["F"] + nfrLabels)
}
