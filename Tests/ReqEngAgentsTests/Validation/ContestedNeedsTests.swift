import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A need one stakeholder states and another refuses on the spot is an open disagreement.
@Suite struct ContestedNeedsTests {
    private static func issues(_ lines: [(String, String)], roles: [String: String] = [:]) -> [QualityIssue] {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: roles.sorted { $0.key < $1.key }.map { Participant(name: $0.key, role: $0.value) },
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        let requirements = ExtractionAgent().extract(from: [transcript]).requirements
        return ValidationAgent().validate(requirements, transcripts: [transcript])
    }

    @Test func aNeedRefusedByAnotherStakeholderIsAnError() throws {
        let found = Self.issues([
            ("Joris", "The website should offer every page in English and Polish too."),
            ("Ruth", "Honestly, no. Dutch only, we cannot maintain three versions."),
        ])
        let contest = try #require(found.first { $0.issueType == ContestedNeeds.issueType })
        #expect(contest.severity == .error)
        #expect(contest.message.contains("Ruth") && contest.message.contains("Dutch only"))
    }

    @Test func agreementAndClarificationAreNoContest() {
        let agreed = Self.issues([
            ("Joris", "The website should offer every page in English and Polish too."),
            ("Ruth", "Yes, and in plain language."),
        ])
        #expect(!agreed.contains { $0.issueType == ContestedNeeds.issueType })
        let clarified = Self.issues([
            ("Joris", "The website should offer every page in English and Polish too."),
            ("Ruth", "No, no, I was thinking of the forms only."),
        ])
        #expect(!clarified.contains { $0.issueType == ContestedNeeds.issueType })
    }

    @Test func aProposerWhoGivesInSettlesIt() {
        let settled = Self.issues([
            ("Lena", "The lamp should work with every smart speaker on the market."),
            ("Omar", "No, no. The brief says one brand only, it was in the email."),
            ("Pia", "Mm."),
            ("Lena", "Okay. Fair enough."),
        ])
        #expect(!settled.contains { $0.issueType == ContestedNeeds.issueType })
        let argued = Self.issues([
            ("Lena", "The lamp should work with every smart speaker on the market."),
            ("Omar", "No, no. The brief says one brand only, it was in the email."),
            ("Lena", "Okay, but then we lose half the buyers."),
        ])
        #expect(argued.contains { $0.issueType == ContestedNeeds.issueType })
    }

    @Test func whatTheOtherWouldLeaveOutIsARefusal() throws {
        let found = Self.issues([
            ("Dale", "I think the band has to have a heart-rate sensor."),
            ("Marta", "See, I'd leave it out. The sensor eats the battery."),
        ])
        let contest = try #require(found.first { $0.issueType == ContestedNeeds.issueType })
        #expect(contest.message.contains("leave it out"))
        #expect(ContestedNeeds.refuses("Mm, I'm against it, honestly."))
        #expect(!ContestedNeeds.refuses("Yeah, and we leave the charger out of the box."))
        #expect(!ContestedNeeds.refuses("See, that's what I mean."))
    }

    @Test func aRefusalItsProposerArguesWithStaysOpen() throws {
        let argued = Self.issues([
            ("Sales", "My view, members can bring a guest for free twice a month."),
            ("Ops", "No, sorry. Every guest visit has to be paid at the desk."),
            ("Sales", "Then the members go to a gym that does allow it."),
        ])
        let contest = try #require(argued.first { $0.issueType == ContestedNeeds.issueType })
        #expect(contest.message.contains("Sales") && contest.message.contains("gym that does allow it"))
        let accepted = Self.issues([
            ("Sales", "My view, members can bring a guest for free twice a month."),
            ("Ops", "No, sorry. Every guest visit has to be paid at the desk."),
            ("Sales", "Okay, fine, paid visits then."),
        ])
        #expect(!accepted.contains { $0.issueType == ContestedNeeds.issueType })
        let answered = Self.issues([
            ("Sales", "Can members bring a guest for free?"),
            ("Ops", "No, sorry. Every guest visit has to be paid at the desk."),
            ("Sales", "Then the members go to a gym that does allow it."),
        ])
        #expect(!answered.contains { $0.issueType == ContestedNeeds.issueType })
    }

    @Test func namingWhatItIsNotIsNoContest() {
        let contrasted = Self.issues([
            ("Bettina", "An SMS reminder should go out the day before the appointment."),
            ("Amadou", "Not email. Our patients don't read email."),
        ])
        #expect(!contrasted.contains { $0.issueType == ContestedNeeds.issueType })
        let partly = Self.issues(
            [
                ("Ines", "How do patrons identify themselves?"),
                (
                    "Gwen",
                    "Library card plus a PIN. Older patrons forget their PIN, so there should be a way to reset it."
                ),
                ("Marek", "Not at the kiosk, please. PIN resets at the desk only."),
            ], roles: ["Ines": "Interviewer"])
        #expect(partly.contains { $0.issueType == ContestedNeeds.issueType })
    }

    @Test func anInterviewersNoIsNoContest() {
        let found = Self.issues(
            [
                ("Joris", "The website should offer every page in English and Polish too."),
                ("Ines", "No? Not Dutch only?"),
            ], roles: ["Ines": "Business analyst", "Joris": "Alderman"])
        #expect(!found.contains { $0.issueType == ContestedNeeds.issueType })
    }

    @Test func aContestIsAskedFirst() throws {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown, participants: [],
            turns: [
                Turn(number: 1, speaker: "Joris", text: "The website should be fast and offer every page in English."),
                Turn(number: 2, speaker: "Ruth", text: "Honestly, no. Dutch only."),
            ])
        let requirements = ExtractionAgent().extract(from: [transcript]).requirements
        let issues = ValidationAgent().validate(requirements, transcripts: [transcript])
        let questions = ClarificationAgent().questions(
            issues: issues, requirements: requirements, transcripts: [transcript])
        let first = try #require(questions.first)
        #expect(issues.first { $0.id == first.issueID }?.issueType == ContestedNeeds.issueType)
        #expect(first.text.contains("Dutch only"))
    }
}
