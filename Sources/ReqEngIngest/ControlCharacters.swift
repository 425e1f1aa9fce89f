import ReqEngModel

/// Removes control characters (Unicode category Cc: NUL, BEL, ESC, DEL, C1 codes) from everything a
/// parser read, keeping tab, line feed and carriage return, which whitespace normalisation handles.
///
/// JSON may spell them (`"\u0000"`), and a NUL in particular ends a string in C: SQLite would keep
/// the turn only up to it while the documents kept all of it. Removing them at ingest, with a
/// notice, makes every output hold the same text.
enum ControlCharacters {
    /// Strips `parsed` in place; returns how many characters were removed.
    static func strip(_ parsed: inout ParsedTranscript) -> Int {
        var removed = 0
        func clean(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: isControl) else { return text }
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if isControl(scalar) { removed += 1 } else { scalars.append(scalar) }
            }
            return String(scalars)
        }
        parsed.sessionID = parsed.sessionID.map(clean)
        parsed.title = parsed.title.map(clean)
        parsed.date = parsed.date.map(clean)
        parsed.declaredProject = parsed.declaredProject.map(clean)
        for index in parsed.participants.indices {
            parsed.participants[index].name = clean(parsed.participants[index].name)
            parsed.participants[index].role = parsed.participants[index].role.map(clean)
        }
        for index in parsed.turns.indices {
            parsed.turns[index].text = clean(parsed.turns[index].text)
            parsed.turns[index].speaker = parsed.turns[index].speaker.map(clean)
            parsed.turns[index].timestamp = parsed.turns[index].timestamp.map(clean)
        }
        return removed
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }
}
