import ReqEngModel

/// How extraction scores, numbers and quotes what it finds.
extension ExtractionAgent {
    /// Confidence that a candidate is a real, correctly classified requirement:
    ///
    ///     0.40 × need-phrase strength      (1.0 "shall" … 0.55 a bare "will")
    ///   + 0.25 × classifier confidence     (0.5 at a tie … 1.0)
    ///   + 0.15 × (1 if a measurable criterion was found, else 0.5)
    ///   + 0.20 × (1 if an actor was found, else 0.5)
    ///   − 0.05 × hedges removed (at most 3: "I think", "maybe", …)
    ///
    /// clamped to 0…1 and rounded to 2 decimals so output is stable.
    package static func confidence(
        strength: Double, classifier: Double, measurable: Bool, hasActor: Bool, hedges: Int
    ) -> Double {
        let raw =
            0.40 * strength + 0.25 * classifier + 0.15 * (measurable ? 1 : 0.5) + 0.20 * (hasActor ? 1 : 0.5)
            - 0.05 * Double(min(hedges, 3))
        return (min(1, max(0, raw)) * 100).rounded() / 100
    }

    static func meanConfidence(_ requirements: [Requirement]) -> Double? {
        guard !requirements.isEmpty else { return nil }
        let mean = requirements.map(\.confidence).reduce(0, +) / Double(requirements.count)
        return (mean * 100).rounded() / 100
    }

    /// `REQ-001`, `REQ-002`, …
    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "REQ-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The sentence as said, trimmed to at most 200 characters.
    static func quote(_ sentence: String) -> String {
        let trimmed = TextCleanup.trim(sentence)
        guard trimmed.count > 200 else { return trimmed }
        return TextCleanup.trim(String(trimmed.prefix(199))) + "\u{2026}"
    }

    /// The interviewing assistant of a chat transcript states no stakeholder needs.
    static func isAssistant(_ speaker: String, role: String?) -> Bool {
        let names = [speaker.lowercased(), role?.lowercased() ?? ""]
        return names.contains { ["assistant", "system", "bot", "ai", "chatbot"].contains($0) }
    }

    /// `merged` numbered `REQ-001`, … in order, with numbers in digits and confidence calibrated:
    /// higher in an interview, and for what a stakeholder confirmed of an interviewer's words.
    static func numbered(
        _ merged: [Requirement], interviewSessions: Set<String>, interviewers: Set<String>
    ) -> [Requirement] {
        merged.enumerated().map { index, requirement in
            var copy = SpokenNumbers.inDigits(requirement)
            copy.id = Self.id(index + 1)
            let session = requirement.sourceRefs.first?.sessionID ?? ""
            copy.confidence = ConfidenceCalibration.confidence(
                of: requirement, sentenceConfidence: requirement.confidence,
                interviewSession: interviewSessions.contains(session),
                confirmed: requirement.sourceRefs.contains {
                    interviewers.contains($0.sessionID + "\u{0}" + $0.speaker)
                })
            return copy
        }
    }
}
