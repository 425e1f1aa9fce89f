/// Small Foundation-free string helpers shared by extraction and evaluation.
enum TextCleanup {
    /// `text` without any of `characters` at either end.
    static func trim(_ text: some StringProtocol, _ characters: String = " \t\r\n") -> String {
        let set = Set(characters)
        guard let start = text.firstIndex(where: { !set.contains($0) }),
            let end = text.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(text[start...end])
    }

    /// Runs of whitespace collapsed to one space, ends trimmed.
    static func collapseSpaces(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
