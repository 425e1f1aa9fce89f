import ReqEngModel

/// How much a conversation talks about software: the share of its turns that name a software
/// system ("the app", "the website", "online", "a login").
///
/// The inference catalogue is about software (authentication, personal data, deployment,
/// translation); it applies to a project whose people talk of such a system. In the design
/// meetings of the development data, about a remote control, at most 2.2 % of turns do; in the
/// interviews about a booking tool, a website or a scanning app, at least 7.9 % do.
package enum SoftwareTalk {
    /// Least share of turns naming software for the catalogue to apply: between the two groups.
    package static let threshold = 0.04

    /// The share of `transcripts`' turns that name a software system.
    package static func share(of transcripts: [Transcript]) -> Double {
        let turns = transcripts.flatMap(\.turns)
        guard !turns.isEmpty else { return 0 }
        let naming = turns.count { turn in TextTokens(turn.text).words.contains(where: softwareWords.contains) }
        return Double(naming) / Double(turns.count)
    }

    /// Nouns that name a software system or what only software has.
    static let softwareWords: Set<String> = [
        "app", "apps", "application", "website", "websites", "site", "web", "webpage", "portal", "platform",
        "software", "system", "systems", "online", "database", "server", "login", "logins", "account", "accounts",
        "cloud", "browser", "password", "passwords", "email", "emails",
    ]
}
