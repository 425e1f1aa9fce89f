/// Folds the many ways people name one everyday software idea into one key, so comparisons between
/// requirements survive paraphrase: "text message" and "SMS", "own login" and "own account",
/// "without a connection" and "when the Wi-Fi drops", "correct the count" and "adjust the quantity".
///
/// Only general software and business vocabulary is listed; a project's own nouns compare as they are.
package enum ConceptLexicon {
    /// Token sequences (longest first) and the key that replaces them.
    static let phrases: [(words: [String], key: String)] = {
        let table: [String: [String]] = [
            "sms": ["sms", "text message", "text messages", "texts", "sms message", "sms messages"],
            "notify": [
                "notification", "notifications", "reminder", "reminders", "alert", "alerts", "push notification",
                "push notifications", "notify", "remind", "notified", "reminded",
            ],
            "account": [
                "account", "accounts", "login", "logins", "user account", "user accounts", "credentials",
                "username", "usernames",
            ],
            "signin": [
                "log in", "logs in", "logging in", "logging back in", "log back in", "sign in", "signs in",
                "signing in", "log on", "authenticate",
            ],
            "session": [
                "session", "sessions", "logged in", "signed in", "stay logged in", "stays logged in",
                "stay signed in", "stays signed in",
            ],
            "approve": [
                "approve", "approves", "approved", "approving", "approval", "approvals", "sign off", "signs off",
                "signed off", "authorise", "authorize", "authorised", "authorized",
            ],
            "logout": [
                "log out", "logs out", "logged out", "logging out", "time out", "times out", "timed out", "timeout",
                "timeouts", "timing out", "sign out", "signed out", "log off", "logs off",
            ],
            "offline": [
                "offline", "without a connection", "without connection", "without network", "without a network",
                "without wi fi", "without wifi", "without signal", "without a signal", "no connection",
                "no signal", "no wi fi", "no network", "wi fi drops", "wifi drops", "connection drops",
                "network is down", "network drops", "out of range", "no internet", "without internet",
            ],
            "sync": ["sync", "syncs", "synchronise", "synchronize", "synchronised", "synchronized", "catch up"],
            "adjust": [
                "adjust", "adjusts", "adjusted", "adjusting", "adjustment", "adjustments", "correct", "corrects",
                "corrected", "correcting", "correction", "corrections", "amend", "amends", "modify", "modifies",
            ],
            "quantity": ["quantity", "quantities", "count", "counts", "stock level", "stock levels"],
            "cancel": [
                "cancel", "cancels", "cancelled", "canceled", "cancelling", "cancellation", "reverse", "reversed",
                "reversible", "reversal", "undo", "revoke", "revoked",
            ],
            "pay": ["pay", "pays", "paying", "paid", "payment", "payments"],
            "accept": ["accept", "accepts", "accepted", "take", "takes", "taking"],
            "freeze": ["freeze", "freezes", "frozen", "freezing", "block card", "lock card"],
            "device": [
                "device", "devices", "handheld", "handhelds", "scanner", "scanners", "terminal", "terminals",
                "phone", "phones", "mobile", "tablet", "tablets",
            ],
            "person": [
                "everyone", "everybody", "staff", "staff member", "staff members", "member", "members", "user",
                "users", "people", "employee", "employees", "person", "colleague", "colleagues",
            ],
            "daily": ["daily", "per day", "a day", "each day", "every day"],
            "before": ["before", "in advance", "ahead", "ahead of time", "prior to", "beforehand"],
            "idle": ["idle", "inactivity", "inactive", "without a touch", "without input", "no activity"],
            "book": ["book", "books", "booking", "bookings", "booked", "bookable", "reserve", "reservation"],
            "show": ["show", "shows", "display", "displays", "see", "view", "visible", "shown", "displayed"],
            "delete": ["delete", "deletes", "deleted", "remove", "removes", "removed", "erase", "wipe", "purge"],
            "personal": [
                "medical details", "medical information", "medical data", "health data", "clinical details",
                "personal data", "personal details",
            ],
        ]
        var entries: [(words: [String], key: String)] = []
        for (key, spellings) in table {
            for spelling in spellings {
                entries.append((spelling.split(separator: " ").map(String.init), key))
            }
        }
        return entries.sorted { $0.words.count > $1.words.count }
    }()

    private static let index: [String: [(words: [String], key: String)]] = Dictionary(
        grouping: phrases, by: { $0.words[0] })

    /// `tokens` with every known phrase replaced by its key (longest match first, left to right).
    package static func canonical(_ tokens: [String]) -> [String] {
        var result: [String] = []
        var position = 0
        while position < tokens.count {
            let candidates = index[tokens[position]] ?? []
            if let hit = candidates.first(where: { entry in
                position + entry.words.count <= tokens.count
                    && Array(tokens[position..<(position + entry.words.count)]) == entry.words
            }) {
                result.append(hit.key)
                position += hit.words.count
            } else {
                result.append(tokens[position])
                position += 1
            }
        }
        return result
    }

    /// Every concept key.
    static let keys: Set<String> = Set(phrases.map(\.key))

    /// The concept keys of a sentence's content: canonical, stemmed, without stop words and numbers.
    package static func concepts(of tokens: [String]) -> Set<String> {
        var result = Set<String>()
        for token in canonical(tokens) where !ValidationLexicon.stopWords.contains(token) && !ignored.contains(token) {
            if token.first?.isNumber ?? false { continue }
            result.insert(keys.contains(token) ? token : StatementAnalysis.stem(token))
        }
        return result
    }

    /// Words that say nothing about which need a statement is: units, degree words, time fillers.
    static let ignored: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "ms", "s", "min", "h", "really", "still", "always", "themselves", "itself",
        "there", "right", "even", "himself", "herself", "themselves", "yourself", "whole", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine",
        "ten", "twenty", "thirty", "sixty", "hundred", "thousand", "exceed", "limit", "least", "above", "below",
        "less", "obviously", "certainly", "properly", "just", "without", "certain", "lot", "time", "shorter",
        "longer", "far", "too", "very", "much", "eur", "euro", "euros", "usd", "dollar", "dollars",
    ]
}
