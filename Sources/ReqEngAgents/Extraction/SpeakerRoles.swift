import ReqEngModel

/// Who in a session asks and who has a say: tells interviewers, analysts and facilitators from the
/// stakeholders whose needs the document records.
///
/// A speaker is an interviewer when
/// - a declared role (front matter, JSON participants) or the speaker label itself names one
///   ("Interviewer", "Business analyst", "Facilitator", "Moderator", "Consultant", "Researcher"), or
/// - no role is declared for anyone, and the speaker's turns are mostly questions: at least
///   ``minimumQuestions`` questions, at least ``questionShare`` of their turns, and at least twice
///   the share of every other speaker, with the session opened by them or their share at least 0.6.
///
/// Sessions where everyone asks about as much (a design meeting) have no interviewer: every
/// participant has a say. A session never has only interviewers.
package struct SpeakerRoles: Sendable, Hashable {
    /// Speakers whose words become requirements only when a stakeholder confirms them.
    package private(set) var interviewers: Set<String>

    package static let minimumQuestions = 3
    package static let questionShare = 0.4

    package init(interviewers: Set<String>) {
        self.interviewers = interviewers
    }

    package init(_ transcript: Transcript) {
        let roles = Dictionary(
            transcript.participants.compactMap { participant in participant.role.map { (participant.name, $0) } },
            uniquingKeysWith: { first, _ in first })
        let speakers = Set(transcript.turns.map(\.speaker))
        var declared = Set(
            speakers.filter { Self.namesInterviewer($0) || roles[$0].map(Self.namesInterviewer) == true })
        if declared.count == speakers.count { declared = [] }
        if !declared.isEmpty || !roles.isEmpty {
            interviewers = declared
            return
        }
        // "Project Manager:", "Engineer:", "Marketing:": a team labelled by its jobs is a meeting,
        // where the chair asks most of the questions and every participant has a say.
        if speakers.count >= 3, speakers.allSatisfy(Self.namesTeamRole) {
            interviewers = []
            return
        }
        var questions: [String: Int] = [:]
        var teamQuestions: [String: Int] = [:]
        var turns: [String: Int] = [:]
        for turn in transcript.turns where turn.text.split(separator: " ").count >= 3 {
            turns[turn.speaker, default: 0] += 1
            if Self.isQuestion(turn.text) {
                questions[turn.speaker, default: 0] += 1
                if Self.asksTheTeam(turn.text) { teamQuestions[turn.speaker, default: 0] += 1 }
            }
        }
        let share = turns.mapValues { _ in 0.0 }.merging(
            turns.map { speaker, count in (speaker, Double(questions[speaker] ?? 0) / Double(count)) },
            uniquingKeysWith: { _, new in new })
        let opener = transcript.turns.first?.speaker
        // Those who ask, measured against those who answer: two analysts taking turns both ask
        // far more than the client, though neither asks twice as much as the other.
        let asking = share.filter { speaker, value in
            (questions[speaker] ?? 0) >= Self.minimumQuestions && value >= Self.questionShare
        }
        let answering = share.filter { asking[$0.key] == nil }.map(\.value)
        let candidates = asking.filter { speaker, value in
            !answering.isEmpty && answering.allSatisfy { value >= 2 * $0 } && (speaker == opener || value >= 0.6)
        }
        // "Do we do Bluetooth or wifi?", "Can we also let people use their own sound?": when two
        // or more of the others ask too, some of it of the team as "we", the one who asks most is
        // chairing a discussion among peers, not interviewing them. An interviewer with one or two
        // clients is never taken for a chair so.
        let othersAsking = questions.filter { speaker, count in candidates[speaker] == nil && count >= 2 }
        let deliberating =
            speakers.count >= 4 && othersAsking.count >= 2
            && othersAsking.keys.reduce(0) { $0 + (teamQuestions[$1] ?? 0) } >= Self.minimumTeamQuestions
        interviewers = deliberating ? [] : Set(candidates.keys)
    }

    /// Questions the others must ask of the team ("Do we …", "Should we …") before the one who asks
    /// most is taken for a chair rather than an interviewer.
    static let minimumTeamQuestions = 2

    /// Whether a question of `text` asks the team, as "we", about what it makes or does.
    static func asksTheTeam(_ text: String) -> Bool {
        SentenceSplitter().split(text).contains { sentence in
            sentence.hasSuffix("?") && TextTokens(sentence).words.contains { ["we", "us", "our"].contains($0) }
        }
    }

    package func isInterviewer(_ speaker: String) -> Bool { interviewers.contains(speaker) }

    /// Whether a turn asks something: it ends in a question mark, or a sentence of it does.
    package static func isQuestion(_ text: String) -> Bool {
        text.contains("?")
    }

    /// Whether a role or speaker label names someone who elicits rather than decides.
    static func namesInterviewer(_ label: String) -> Bool {
        let words = Set(TextTokens(label).words)
        return !words.isDisjoint(with: interviewerWords)
            || words.contains("requirements") && words.contains("engineer")
    }

    /// Whether a speaker label names a job in a product team ("Project Manager", "UX Designer",
    /// "Marketing") rather than a person.
    static func namesTeamRole(_ label: String) -> Bool {
        let words = TextTokens(label).words
        return (1...3).contains(words.count) && words.last.map(teamRoleWords.contains) == true
    }

    static let teamRoleWords: Set<String> = [
        "manager", "designer", "engineer", "developer", "owner", "lead", "director", "architect", "marketing",
        "sales", "engineering", "design", "operations", "support", "finance", "tester", "expert", "specialist",
        // "User Interface", "UX", "QA": a team's jobs named by what they look after.
        "interface", "ui", "ux", "qa",
    ]

    static let interviewerWords: Set<String> = [
        "interviewer", "analyst", "facilitator", "moderator", "consultant", "researcher", "elicitor",
        "interviewers", "analysts", "ba",
    ]
}
