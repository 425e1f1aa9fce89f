/// Reads checkable acceptance criteria from the numbers in a requirement: time limits, rates,
/// percentages, counts and sizes ("within 2 seconds" → "Response time <= 2 s").
package struct AcceptanceCriteriaExtractor: Sendable {
    package init() {}

    package func criteria(in said: String) -> [String] {
        // "twenty-four hours" is one number, which words read one by one are not.
        let sentence = SpokenNumbers.digits(in: said)
        let words = TextTokens(sentence).words
        var found: [String] = []
        func add(_ criterion: String) {
            if !found.contains(criterion) { found.append(criterion) }
        }
        if TextTokens(sentence).matches(["24", "/", "7"]) > 0 || words.contains(where: { $0.hasPrefix("24x7") }) {
            add("Available 24/7")
        }
        // "within a second", "in under half an hour": a time limit said with an article.
        for index in words.indices.dropFirst() where ["a", "an"].contains(words[index]) {
            guard index + 1 < words.count, let unit = Self.timeUnit(words[index + 1]) else { continue }
            let half = words[index - 1] == "half"
            let before = half ? (index > 1 ? words[index - 2] : "") : words[index - 1]
            if ["within", "under", "in", "than", "max", "most"].contains(before) {
                // "1 month", not "1 months"; "s", "min" and "h" are symbols.
                let named = !half && unit.count > 2 && unit.hasSuffix("s") ? String(unit.dropLast()) : unit
                add(Self.timeSubject(words) + " <= \(half ? "0.5" : "1") \(named)")
            }
        }
        for (index, word) in words.enumerated() where TextTokens.isNumber(word) {
            let value = Self.numeral(word)
            let next = index + 1 < words.count ? words[index + 1] : ""
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            let before = index > 0 ? words[index - 1] : ""
            let twoBefore = index > 1 ? words[index - 2] : ""
            let bound = Self.bound(before: before, twoBefore: twoBefore)
            if let unit = Self.timeUnit(next) {
                if before == "every" {
                    add("Interval = \(value) \(unit)")
                } else if ["before", "ahead", "prior", "earlier", "beforehand"].contains(afterNext) {
                    add("Lead time = \(value) \(unit)")
                } else if twoBefore == "every" && TextTokens.isNumber(before) {
                    add("Interval = \(value) \(unit)")
                } else if before == "within", Self.countsThingsBefore(words, index - 1) {
                    // "after 3 missed appointments within 12 months": the period the things are
                    // counted over, not a time anything takes.
                    add("Counting window = \(value) \(unit)")
                } else if ["within", "under", "than", "in", "max", "maximum", "most", "exceed"].contains(before)
                    || bound == "<="
                {
                    add(Self.timeSubject(words) + " <= \(value) \(unit)")
                } else if before == "for" || before == "least" || bound == ">=" {
                    add("Duration >= \(value) \(unit)")
                } else if before == "after" || afterNext == "after" || afterNext == "later" {
                    // "switch off after 3 minutes", "deleted 3 months after the trip".
                    add("Delay = \(value) \(unit)")
                } else if ["is", "are", "of", "lasts", "last", "take", "takes"].contains(before) {
                    // "slots are 15 minutes", "a lesson of 60 minutes": how long a thing lasts.
                    add("Duration = \(value) \(unit)")
                } else {
                    add("Time: \(value) \(unit)")
                }
            } else if next == "%" || next == "percent" {
                let subject = Self.percentSubject(words, after: index + 2, before: index, in: sentence)
                // Availability is a floor; "VAT 21 percent" or "a deposit of 25 percent" is a value.
                add("\(subject) \(bound ?? (subject == "Availability" ? ">=" : "=")) \(value) %")
            } else if let size = Self.sizeUnit(next) {
                add("Size \(bound ?? "<=") \(value) \(size)")
            } else if word.first?.isNumber == true,
                Self.countNouns.contains(where: { next.hasPrefix($0) })
                    || (["concurrent", "simultaneous"].contains(next) && !afterNext.isEmpty)
            {
                let noun = ["concurrent", "simultaneous"].contains(next) ? "\(next) \(afterNext)" : next
                add("\(TextCleanup.capitalizedFirst(noun)) \(bound ?? ">=") \(value)")
            }
        }
        return found
    }

    /// Whether a number of things (not of time units) comes in the few words before `index`.
    static func countsThingsBefore(_ words: [String], _ index: Int) -> Bool {
        words.indices[max(0, index - 5)..<index].contains { position in
            (TextTokens.isNumber(words[position]) || TextTokens.numberWords.contains(words[position]))
                && position + 1 < words.count && timeUnit(words[position + 1]) == nil
        }
    }

    /// "<=" for upper bounds ("up to", "at most", "no more than"), ">=" for lower ones.
    static func bound(before: String, twoBefore: String) -> String? {
        if ["to", "most", "max", "maximum", "than", "under", "below", "within", "exceed"].contains(before) {
            if before == "than" && ["more", "greater"].contains(twoBefore) { return twoBefore == "no" ? "<=" : ">" }
            if before == "than" && twoBefore == "fewer" { return "<" }
            return "<="
        }
        if ["least", "minimum", "min", "over", "above"].contains(before) { return ">=" }
        return nil
    }

    static func timeUnit(_ word: String) -> String? {
        switch word {
        case "ms", "millisecond", "milliseconds": "ms"
        case "s", "sec", "secs", "second", "seconds": "s"
        case "min", "mins", "minute", "minutes": "min"
        case "h", "hr", "hrs", "hour", "hours": "h"
        case "day", "days": "days"
        case "week", "weeks": "weeks"
        case "month", "months": "months"
        case "year", "years": "years"
        default: nil
        }
    }

    static func sizeUnit(_ word: String) -> String? {
        switch word {
        case "kb", "kilobytes": "KB"
        case "mb", "megabytes", "meg", "megs": "MB"
        case "gb", "gigabytes", "gig", "gigs": "GB"
        case "tb", "terabytes": "TB"
        default: nil
        }
    }

    /// What a time limit is about: a response or load time, or a general completion time.
    static func timeSubject(_ words: [String]) -> String {
        if words.contains(where: { $0.hasPrefix("respon") || $0 == "load" || $0 == "loads" || $0.hasPrefix("search") })
        {
            return "Response time"
        }
        return "Completion time"
    }

    /// What a percentage measures: availability, or the noun after "of" ("90% of users").
    /// What a percentage measures: availability, the noun after "of" ("90% of users"), the noun
    /// just before the number ("VAT, 21 percent", "a deposit of 25 percent"), or a rate.
    static func percentSubject(_ words: [String], after index: Int, before number: Int, in sentence: String) -> String {
        // "up time" said in two words; "up to 30 percent" is a bound.
        if words.contains(where: { $0.hasPrefix("uptime") || $0.hasPrefix("availab") })
            || zip(words, words.dropFirst()).contains(where: { $0 == "up" && $1 == "time" })
        {
            return "Availability"
        }
        if index + 1 < words.count && words[index] == "of" {
            let noun = words[index + 1] == "the" && index + 2 < words.count ? words[index + 2] : words[index + 1]
            return "Share of \(noun)"
        }
        var noun = number - 1
        // "a deposit of 25 percent", "a discrepancy above 0.5 %", "a discount of up to 30 percent".
        while noun > 0, number - noun < 4, ["of", "above", "over", "below", "under", "up", "to"].contains(words[noun]) {
            noun -= 1
        }
        if noun >= 0, words[noun].count > 2, words[noun].allSatisfy(\.isLetter),
            !CandidateFilter.emptyWords.contains(words[noun]), !CandidateFilter.prepositions.contains(words[noun]),
            !StatementPolisher.isInflectedVerb(words[noun]),
            !["starting", "about", "around", "roughly"].contains(words[noun])
        {
            // As written: "VAT" stays in capitals.
            let written = sentence.split(whereSeparator: { !$0.isLetter }).first { $0.lowercased() == words[noun] }
            return written.map { $0.allSatisfy(\.isUppercase) ? String($0) : TextCleanup.capitalizedFirst(String($0)) }
                ?? TextCleanup.capitalizedFirst(words[noun])
        }
        return "Rate"
    }

    /// "5 000" and number words stay as written; decimals keep their point.
    static func numeral(_ word: String) -> String { word }

    static let countNouns = [
        "user", "request", "transaction", "record", "session", "order", "connection", "item", "file", "page",
        "click", "patient", "customer", "message", "document", "report", "attempt", "character", "booking",
        "appointment", "device", "account",
    ]
}
