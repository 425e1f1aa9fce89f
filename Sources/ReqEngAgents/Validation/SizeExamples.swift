/// What a size word ("small", "big", "large") measures in a statement, so an example of a measure
/// fits it: a file is measured in megabytes, text on a screen in points or a share of the screen,
/// a thing you hold in centimetres and grams. "Not too small" on a remote control is not "up to
/// 10 MB", and "large files" are not "15 cm long". The example bounds the way the words do: "small"
/// asks for a ceiling, "not too small" or "big" for a floor, and "not too big" for a ceiling again.
enum SizeExamples {
    enum Subject: Equatable {
        /// Data, in megabytes or records; what is shown on a screen, in points or a share of it; a
        /// display itself ("a small display"), by its diagonal; characters ("big digits"), by their
        /// height; a small part such as a plug or a button, in millimetres; anything else held or
        /// carried, in centimetres and grams; a distance or a range ("quite a big distance"), in
        /// metres.
        case data, screen, display, characters, part, object, distance
    }

    /// Whether `term` in `words` asks for a floor: a word of largeness said plainly ("big
    /// buttons") or a word of smallness denied ("not very small"); else it asks for a ceiling.
    static func asksForFloor(_ words: [String], term: String?) -> Bool {
        guard let term, let index = words.firstIndex(of: term) else { return false }
        let before = words[..<index].reversed().drop {
            ["too", "very", "so", "that", "really", "be", "quite", "overly"].contains($0)
        }
        let denied = before.first.map(denials.contains) ?? false
        return large.contains(term) != denied
    }

    static let denials: Set<String> = [
        "not", "no", "never", "dont", "doesnt", "isnt", "arent", "shouldnt", "mustnt", "cant", "wont", "neednt",
    ]
    static let large: Set<String> = ["big", "bigger", "large", "larger", "huge", "long", "wide", "thick", "heavy"]
    static let distances: Set<String> = ["distance", "distances", "range", "reach"]

    /// What `term` sizes in `statement`: the noun it describes when that says ("a small, simple
    /// display", "no tiny USB plug"), else what the statement speaks of.
    static func subject(of statement: String, term: String? = nil) -> Subject {
        let words = TextTokens(statement).words
        if let term, let index = words.firstIndex(of: term) {
            let described = words[(index + 1)...].prefix(3)
            if described.contains(where: distances.contains) { return .distance }
            if let noun = described.first(where: {
                displays.contains($0) || characters.contains($0) || parts.contains($0)
            }) {
                return displays.contains(noun) ? .display : characters.contains(noun) ? .characters : .part
            }
        }
        if words.contains(where: dataWords.contains) { return .data }
        if words.contains(where: screenWords.contains) { return .screen }
        return .object
    }

    /// Example measures for a question ("for example …").
    static func question(for statement: String, term: String? = nil) -> String {
        let floor = asksForFloor(TextTokens(statement).words, term: term)
        return switch subject(of: statement, term: term) {
        case .data: "for example up to 10 MB per file, or up to 10,000 records"
        case .screen: "for example a text size in points, or a share of the screen such as the top third"
        case .display:
            floor
                ? "for example a diagonal of at least 3 cm, or at least 10 cm"
                : "for example a diagonal of at most 5 cm"
        case .characters:
            floor
                ? "for example characters at least 10 mm high, or text of at least 16 pt"
                : "for example characters at most 5 mm high"
        case .part:
            floor
                ? "for example at least 10 mm across, or a named connector such as USB-C"
                : "for example at most 10 mm across"
        case .object:
            floor
                ? "for example at least 20 cm long, or at least 300 g"
                : "for example at most 15 cm long, or at most 200 g"
        case .distance: floor ? "for example at least 5 m, or at least 10 m" : "for example at most 1 m, or at most 3 m"
        }
    }

    /// The measurable replacement a finding's suggestion proposes.
    static func replacement(for statement: String, term: String? = nil) -> String {
        let floor = asksForFloor(TextTokens(statement).words, term: term)
        let bound = floor ? "at least" : "at most"
        return switch subject(of: statement, term: term) {
        case .data: "a value with its unit (e.g. \"up to 10,000 records\" or \"up to 10 MB\")"
        case .screen: "a value with its unit (e.g. \"text of at least 16 pt\")"
        case .display: "a value with its unit (e.g. \"a diagonal of \(bound) \(floor ? 3 : 5) cm\")"
        case .characters: "a value with its unit (e.g. \"characters \(bound) \(floor ? 10 : 5) mm high\")"
        case .part: "a value with its unit (e.g. \"\(bound) 10 mm across\")"
        case .object: "a value with its unit (e.g. \"\(bound) \(floor ? 20 : 15) cm long\")"
        case .distance: "a value with its unit (e.g. \"\(bound) \(floor ? 5 : 1) m\")"
        }
    }

    static let displays: Set<String> = ["display", "displays", "screen", "screens", "monitor", "monitors"]
    static let parts: Set<String> = [
        "plug", "plugs", "connector", "connectors", "socket", "sockets", "port", "ports", "cable", "cables", "clip",
        "clips", "knob", "knobs", "charger", "chargers", "battery", "batteries", "button", "buttons", "key", "keys",
        "microphone", "microphones", "speaker", "speakers", "sensor", "sensors", "led", "leds",
    ]
    static let characters: Set<String> = [
        "digits", "digit", "numbers", "numerals", "letters", "characters", "font", "fonts", "print", "symbols",
        "type", "lettering",
    ]

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
