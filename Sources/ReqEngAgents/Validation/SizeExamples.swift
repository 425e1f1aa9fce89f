/// What a size word ("small", "big", "large") measures in a statement, so an example of a measure
/// fits it: a file is measured in megabytes, text on a screen in points or a share of the screen,
/// a thing you hold in centimetres and grams. "Not too small" on a remote control is not "up to
/// 10 MB", and "large files" are not "15 cm long".
enum SizeExamples {
    enum Subject: Equatable {
        case data, screen, object
    }

    static func subject(of statement: String) -> Subject {
        let words = TextTokens(statement).words
        if words.contains(where: dataWords.contains) { return .data }
        if words.contains(where: screenWords.contains) { return .screen }
        return .object
    }

    /// Example measures for a question ("for example …").
    static func question(for statement: String) -> String {
        switch subject(of: statement) {
        case .data: "for example up to 10 MB per file, or up to 10,000 records"
        case .screen: "for example a text size in points, or a share of the screen such as the top third"
        case .object: "for example at most 15 cm long, or at most 200 g"
        }
    }

    /// The measurable replacement a finding's suggestion proposes.
    static func replacement(for statement: String) -> String {
        switch subject(of: statement) {
        case .data: "a value with its unit (e.g. \"up to 10,000 records\" or \"up to 10 MB\")"
        case .screen: "a value with its unit (e.g. \"text of at least 16 pt\")"
        case .object: "a value with its unit (e.g. \"at most 15 cm long\")"
        }
    }

    static let dataWords: Set<String> = [
        "file", "files", "photo", "photos", "picture", "pictures", "image", "images", "upload", "uploads",
        "uploaded", "attachment", "attachments", "video", "videos", "document", "documents", "data", "database",
        "records", "record", "storage", "download", "downloads", "memory", "disk", "backup", "backups", "export",
        "exports", "report", "reports", "log", "logs",
    ]

    static let screenWords: Set<String> = [
        "text", "font", "fonts", "letters", "screen", "screens", "page", "pages", "button", "buttons", "icon",
        "icons", "display", "top", "banner", "heading", "headings", "menu", "map", "print", "label", "labels",
        "window", "field", "fields", "news", "home",
    ]
}
