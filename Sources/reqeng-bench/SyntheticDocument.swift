import ReqEngModel

/// A large, deterministic Requirements Document for measuring the renderers.
enum SyntheticDocument {
    private static let actors = ["clerk", "customer", "auditor", "administrator", "courier", "manager"]
    private static let actions = [
        "export the monthly ledger", "reset a forgotten password", "track a parcel", "approve a refund",
        "search past orders", "archive closed cases", "print a delivery note", "merge duplicate accounts",
    ]
    private static let conditions = [
        "within two seconds", "after signing in", "when the network is down", "for every order over 500 EUR",
        "at the end of each business day", "without leaving the current screen",
    ]

    /// `count` requirements (a tenth inferred), with findings, questions and glossary to match.
    static func make(requirements count: Int) -> RequirementsDocument {
        var random = SplitMix(seed: 29148)
        let sessions = (1...12).map { index in
            SessionSummary(
                id: "session-\(index)", title: "Workshop \(index)", date: "2025-02-\(10 + index)",
                source: "synthetic/session-\(index).txt", format: .text, turns: 80 + index,
                speakers: ["Speaker \(index % 8 + 1)"])
        }
        let stakeholders = (1...8).map { index in
            Stakeholder(
                name: "Speaker \(index)", role: actors[index % actors.count].capitalized,
                sessions: ["session-\(index)"], turns: 40 + index)
        }
        var requirements: [Requirement] = []
        for index in 1...max(count, 1) {
            let inferred = index % 10 == 0
            let kind = random.next(3)
            let type: RequirementType = kind == 0 ? .functional : kind == 1 ? .nonFunctional : .constraint
            let category = type == .nonFunctional ? NFRCategory.allCases[random.next(NFRCategory.allCases.count)] : nil
            let actor = actors[random.next(actors.count)]
            let action = actions[random.next(actions.count)]
            let condition = conditions[random.next(conditions.count)]
            let extra = String(repeating: "The result shall be logged for later review. ", count: random.next(4))
            requirements.append(
                Requirement(
                    id: inferred ? "REQ-INF-\(index / 10)" : "REQ-\(index)",
                    title: "\(actor.capitalized) can \(action)",
                    statement: "The \(actor) must be able to \(action) \(condition). \(extra)", type: type,
                    category: category,
                    priority: Priority.allCases[random.next(4)],
                    acceptanceCriteria: index % 4 == 0 ? ["Verified by test case TC-\(index)."] : [],
                    confidence: Double(50 + random.next(50)) / 100, inferred: inferred,
                    rationale: inferred ? "Implied by the \(action) workflow, which handles personal data." : nil,
                    sourceRefs: inferred
                        ? []
                        : [
                            SourceRef(
                                sessionID: sessions[index % 12].id, turn: 1 + random.next(80),
                                speaker: "Speaker \(index % 8 + 1)", quote: action)
                        ]))
        }
        let issues = stride(from: 1, to: count, by: 4).enumerated().map { number, index in
            QualityIssue(
                id: "ISS-\(number + 1)", requirementID: requirements[index].id, severity: Severity.allCases[number % 3],
                issueType: "vague_term", rule: "INCOSE R7",
                message: "The statement uses a vague term that cannot be verified.",
                suggestion: "Replace it with a measurable value and a unit.")
        }
        let questions = issues.prefix(count / 8).enumerated().map { number, issue in
            Question(
                id: "Q-\(number + 1)", addressee: "Speaker \(number % 8 + 1)",
                text: "Which measurable value should replace the vague term in \(issue.requirementID ?? "")?",
                requirementID: issue.requirementID, issueID: issue.id)
        }
        let glossary = (1...40).map {
            GlossaryEntry(
                term: "Term \($0)", definition: "A domain word used in the workshops, number \($0).",
                occurrences: $0 % 9 + 1)
        }
        return RequirementsDocument(
            project: "synthetic", title: "Synthetic Benchmark Document",
            purpose: "A generated document for measuring PDF throughput.",
            scope: "Everything the generator produces.", sessions: sessions, stakeholders: stakeholders,
            requirements: requirements,
            issues: issues, questions: Array(questions), glossary: glossary,
            run: DocumentRunInfo(engine: "builtin", toolVersion: "bench", generatedAt: "2025-01-01T00:00:00Z"))
    }
}

/// A small deterministic random generator (SplitMix64), so every run measures the same document.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}
