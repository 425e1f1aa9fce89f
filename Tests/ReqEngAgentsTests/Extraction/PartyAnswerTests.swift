import ReqEngModel
import Testing

@testable import ReqEngAgents

/// "Who can …?" and "Where is … stored?" answered in a few words. Every line is written for the
/// test (a fictional library kiosk).
@Suite struct PartyAnswerTests {
    private static func requirements(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionFixtures.kioskInterview(lines)
    }

    private static let opening: [(String, String)] = [
        ("Kim", "Tell me about the kiosk."),
        ("Ola", "The kiosk checks out books. The kiosk shows the loan history of a member."),
    ]

    @Test func whoCanAnsweredWithPeopleIsOneStatementCitingBothTurns() {
        let found = Self.requirements(
            Self.opening + [
                ("Kim", "Okay. Who can see the loan history?"), ("Ola", "Only the librarians. Members never."),
            ])
        let answered = found.first { $0.statement == "Only the librarians can see the loan history." }
        #expect(answered?.sourceRefs.map(\.turn) == [4, 3])
        #expect(answered?.isInSpeakersWords == true)
    }

    @Test func theAnswerersMeIsTheirRole() {
        let found = Self.requirements(
            Self.opening + [("Kim", "Who can delete a loan?"), ("Ola", "Only me and the branch manager.")])
        #expect(found.contains { $0.statement == "Only the librarian and the branch manager can delete a loan." })
        #expect(!found.contains { $0.statement.contains(" me ") })
    }

    @Test func whereIsItKeptAnsweredWithAPlaceIsOneStatement() {
        let found = Self.requirements(
            Self.opening + [("Kim", "And where is the loan history stored?"), ("Ola", "In the EU, always.")])
        #expect(found.contains { $0.statement == "The loan history is stored in the EU, always." })
    }

    @Test(arguments: [
        ("Who can see the loan history?", "I think that depends on the branch."),
        ("Who can see the loan history?", "Not sure yet."),
        ("Who can see the loan history?", "Librarians can, and the branch manager has to approve it."),
        ("Where is the loan history stored?", "Nobody asked us that before."),
        ("Who can see the loan history or the fines?", "Only the librarians."),
    ])
    func answersThatNameNoOneOrNoPlaceStateNothing(question: String, answer: String) {
        let found = Self.requirements(Self.opening + [("Kim", question), ("Ola", answer)])
        #expect(!found.contains { $0.sourceRefs.map(\.turn).contains(3) })
    }

    @Test(arguments: [
        ("Our house style.", "The look of the kiosk: our house style."),
        // The name before a comma, when the answer runs on past it.
        (
            "Our house style, with the blue of the library signs on every screen.",
            "The look of the kiosk: our house style."
        ),
    ])
    func aTopicQuestionAnsweredWithANameIsOneStatement(answer: String, statement: String) {
        let found = Self.requirements(Self.opening + [("Kim", "Okay. And the look of the kiosk?"), ("Ola", answer)])
        let answered = found.first { $0.statement == statement }
        #expect(answered?.sourceRefs.map(\.turn) == [4, 3])
    }

    /// "Reports?" "A monthly overview of who rents how often.": a name with the question it answers
    /// is still a name; put off ("Let's park that for version two.") it is a Won't.
    @Test func aTopicAnsweredWithANameAndItsQuestionIsOneStatement() {
        let answer = "Nice to have. A monthly overview of who borrows how often. Let's park that for version two."
        let found = Self.requirements(Self.opening + [("Kim", "Okay. Reports?"), ("Ola", answer)])
        let named = found.first { $0.statement == "Reports: a monthly overview of who borrows how often." }
        #expect(named?.priority == .wont)
        #expect(
            ExtractionAgent.answerName("A list of who borrows what and when") == "A list of who borrows what and when")
        #expect(ExtractionAgent.answerName("We talk of who borrows what") == nil)
    }

    /// "And the look?" is asked of every product with a screen: answered with names, it is a
    /// need though the conversation never says "look" again.
    @Test func theLookAskedOnceAndAnsweredWithNamesIsOneStatement() {
        let found = Self.requirements(
            Self.opening + [("Kim", "Okay. And the look?"), ("Ola", "Clean. Calm. Nothing that blinks at you.")])
        let answered = found.first { $0.statement == "The look: clean, calm." }
        #expect(answered?.sourceRefs.map(\.turn) == [4, 3])
        let unasked = Self.requirements(
            Self.opening + [("Kim", "Okay. And the weather?"), ("Ola", "Clean. Calm. Nothing that blinks at you.")])
        #expect(!unasked.contains { $0.statement.contains("clean") })
    }

    @Test(arguments: [
        ("A lot of older members?", "Very many."),
        ("And the kiosk receipts? Paper receipts?", "Oh, receipts. Another story, not today."),
        ("And the look of the kiosk?", "I think it should be calm and friendly, like the library."),
        ("And the look of the kiosk?", "Yes."),
        ("And the fines of the kiosk?", "Same logic."),
        ("And the kiosk screen itself?", "Brightness. The screen has to be readable in the sun."),
    ])
    func aTopicAnswerThatSaysHowManyEchoesOrSaysMoreIsNoName(question: String, answer: String) {
        let found = Self.requirements(Self.opening + [("Kim", question), ("Ola", answer)])
        #expect(!found.contains { $0.statement.contains(": ") && $0.sourceRefs.map(\.turn).contains(3) })
    }

    @Test func theQuestionAloneStatesNothing() {
        let found = Self.requirements(Self.opening + [("Kim", "Who can see the loan history?")])
        #expect(!found.contains { $0.statement.contains("can see the loan history") })
    }
}

extension PartyAnswerTests {
    @Test func aClauseThatExplainsNamesNoParty() {
        let question = PartyAnswer.question(in: ["And who should be able to see the loan history?"])
        #expect(question != nil)
        if let question {
            #expect(
                PartyAnswer.statement(
                    question: question, answer: "Well, we're all volunteers, we all trust each other.") == nil)
            #expect(PartyAnswer.statement(question: question, answer: "Only the librarians.") != nil)
        }
    }
}

extension PartyAnswerTests {
    @Test(arguments: [
        ("What about languages?", "Dutch and English. Tourists come in too.", "Languages: Dutch and English."),
        ("And backups?", "Every night, to a second place.", "Backups: every night, to a second place."),
    ])
    func aConcernOfEveryProductAskedOnceIsStillATopic(question: String, answer: String, statement: String) {
        let found = Self.requirements(Self.opening + [("Kim", question), ("Ola", answer)])
        #expect(found.first { $0.statement == statement }?.sourceRefs.map(\.turn) == [4, 3])
    }

    @Test(arguments: [("And the colours?", "Blue and white."), ("What about the weekend?", "Quiet, mostly.")])
    func anyOtherTopicAskedOnceStatesNothing(question: String, answer: String) {
        let found = Self.requirements(Self.opening + [("Kim", question), ("Ola", answer)])
        #expect(!found.contains { $0.sourceRefs.map(\.turn).contains(3) })
    }
}
