import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A question about a quantity and the answer that names it make one requirement. Lines written
/// for the test (a fictional library kiosk).
@Suite struct MeasuredAnswerTests {
    private static func statements(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionFixtures.kioskInterview(lines)
    }

    private static let opening: [(String, String)] = [
        ("Kim", "Tell me about the kiosk."),
        ("Ola", "The kiosk checks out books. The kiosk prints a receipt for the books."),
    ]

    @Test func aTimeAnswerBecomesALimitOnTheQuestionedAction() throws {
        let found = Self.statements(
            Self.opening + [
                ("Kim", "Okay. How fast should the kiosk print a receipt?"),
                ("Ola", "Honestly, after ten years of the old one, anything. Five seconds, say."),
            ])
        let requirement = try #require(found.first { $0.statement.contains("5 seconds") })
        #expect(requirement.statement == "The kiosk should print a receipt within 5 seconds.")
        #expect(requirement.sourceRefs.map(\.turn) == [4, 3])
        #expect(requirement.sourceRefs.first?.speaker == "Ola")
    }

    @Test func aLimitAnsweredWithItsOwnWordIsNotSaidTwice() throws {
        let found = Self.statements(
            Self.opening + [("Kim", "How fast should the kiosk print a receipt?"), ("Ola", "Under three seconds.")])
        #expect(found.contains { $0.statement == "The kiosk should print a receipt in under 3 seconds." })
        #expect(!found.contains { $0.statement.contains("within under") })
    }

    @Test func aWhenQuestionAnsweredWithADayIsARule() throws {
        let found = Self.statements(
            Self.opening + [
                ("Kim", "When does the kiosk print the daily report?"),
                ("Ola", "Friday at six. No wait, Monday at six, the librarian reads it on Monday."),
            ])
        let rule = try #require(found.first { $0.statement.contains("Monday at six") })
        #expect(rule.statement == "The kiosk should print the daily report on Monday at six.")
        #expect(rule.sourceRefs.map(\.turn) == [4, 3])
        #expect(!found.contains { $0.statement.contains("Friday") })
    }

    @Test(arguments: [
        ("Thursday at six.", "Thursday at six"), ("Uh, at 8 in the morning.", "at 8 in the morning"),
        ("Friday. Actually, Saturday morning.", "Saturday morning"),
        ("Two days before. Hmm, no, one day before is better, they forget.", "one day before"),
        ("Friday morning is fine.", "Friday morning"),
    ])
    func theMomentAnAnswerGives(answer: String, moment: String) {
        #expect(MeasuredAnswer.moment(in: answer) == moment)
    }

    @Test(arguments: ["Whenever they like.", "When the books come back from the binder.", "It depends."])
    func answersThatGiveNoMoment(answer: String) {
        #expect(MeasuredAnswer.moment(in: answer) == nil)
    }

    @Test func aCopulaQuestionKeepsItsAdjective() {
        let found = Self.statements(
            Self.opening + [("Kim", "How fast should the kiosk be?"), ("Ola", "Within a second, let's say.")])
        #expect(found.contains { $0.statement == "The kiosk should be fast: within a second." })
    }

    @Test func aPriceAskedWithWhatIsAnsweredWithItsLimit() {
        let found = Self.statements(
            Self.opening + [
                ("Kim", "And what would the kiosk cost?"),
                ("Ola", "We don't want it too expensive. Like two thousand euros a year, max."),
            ])
        let price = found.first { $0.statement == "The kiosk should cost: 2000 euros a year, max." }
        #expect(price?.sourceRefs.map(\.turn) == [4, 3])
        let refused = Self.statements(
            Self.opening + [("Kim", "And what would the kiosk cost?"), ("Ola", "No idea, two thousand euros a year?")])
        #expect(!refused.contains { $0.statement.contains("should cost") })
        #expect(MeasuredAnswer.costQuestion(["What", "would", "you", "like", "to", "cost"]) == nil)
    }

    @Test func noMeasureOrARefusalStatesNothing() {
        let vague = Self.statements(
            Self.opening + [("Kim", "How fast should the kiosk print a receipt?"), ("Ola", "As fast as possible.")])
        #expect(!vague.contains { $0.sourceRefs.contains { $0.turn == 3 } })
        let story = Self.statements(
            Self.opening + [
                ("Kim", "How fast should the kiosk print a receipt?"),
                ("Ola", "We waited two years for this kiosk, so I don't mind."),
            ])
        #expect(!story.contains { $0.statement.contains("two years") })
        let refused = Self.statements(
            Self.opening + [
                ("Kim", "How often should the kiosk print a receipt?"),
                ("Ola", "No, never, five times a day is silly."),
            ])
        #expect(!refused.contains { $0.statement.contains("five times") && $0.sourceRefs.contains { $0.turn == 3 } })
    }

    @Test func measuresKeepTheirQualifiers() {
        #expect(
            MeasuredAnswer.measure(in: "Around fifteen hundred euros a year.", kind: .amount)
                == "around fifteen hundred euros a year")
        #expect(MeasuredAnswer.measure(in: "Half a second is fine.", kind: .time) == "half a second")
        #expect(MeasuredAnswer.measure(in: "It depends on the day.", kind: .time) == nil)
        #expect(MeasuredAnswer.measure(in: "Two hours at most. Per day.", kind: .amount) == "two hours at most")
        // A range keeps both its ends; "and" without "between" joins no range.
        #expect(
            MeasuredAnswer.measure(in: "Between ten and sixty minutes, default thirty.", kind: .amount)
                == "between ten and sixty minutes")
        #expect(MeasuredAnswer.measure(in: "Ten to sixty minutes.", kind: .amount) == "ten to sixty minutes")
        #expect(MeasuredAnswer.measure(in: "Books and sixty minutes.", kind: .amount) == nil)
    }

    /// "And the loan period, how long should it be?": the thing named before the comma is what the
    /// question's "it" or "that" asks about; a clause before the comma is no name.
    @Test func aThingNamedBeforeTheQuestionIsItsSubject() {
        let asked = MeasuredAnswer.question(in: ["Oh, and the loan period, how long should that be?"])
        #expect(asked?.statement == "The loan period should be long")
        #expect(
            MeasuredAnswer.question(in: ["And the receipt, how long should it stay readable?"])?.statement
                == "The receipt should stay readable")
        #expect(MeasuredAnswer.question(in: ["If it breaks, how long should it take?"]) == nil)
        #expect(MeasuredAnswer.question(in: ["The kiosk is slow, how long should it take?"]) == nil)
    }

    @Test func aCorrectedMeasureIsTakenAtItsLastWord() {
        #expect(
            MeasuredAnswer.measure(in: "Um, a week. No, actually, make that two weeks.", kind: .amount) == "two weeks")
        #expect(MeasuredAnswer.measure(in: "Ten minutes. Sorry, twelve minutes.", kind: .amount) == "twelve minutes")
        // A second measure that corrects nothing is no answer to the question.
        #expect(
            MeasuredAnswer.measure(in: "Ten minutes. Three weeks is the loan period.", kind: .amount) == "ten minutes")
        #expect(MeasuredAnswer.correction("No, that's fine.") == nil)
    }

    @Test func howFarAheadAndHowLongForAreSaidOnce() throws {
        let ahead = Self.statements(
            Self.opening + [
                ("Kim", "How far ahead can members reserve the kiosk?"),
                ("Ola", "A week. No, actually, make that two weeks."),
            ])
        let reserve = try #require(ahead.first { $0.statement.contains("ahead") })
        #expect(reserve.statement == "Members can reserve the kiosk 2 weeks ahead.")
        let long = Self.statements(
            Self.opening + [("Kim", "How long can a member use the kiosk for?"), ("Ola", "Ten minutes at most.")])
        #expect(long.contains { $0.statement == "A member can use the kiosk for 10 minutes at most." })
    }
}

extension MeasuredAnswerTests {
    @Test(arguments: [
        (
            "How long should the kiosk receipts be kept?", "Until the member returns the books.",
            "The kiosk receipts should be kept until the member returns the books."
        ),
        (
            "How long should the kiosk session stay open?", "As long as the member is standing there.",
            "The kiosk session should stay open as long as the member is standing there."
        ),
    ])
    func howLongAnsweredWithTheEventThatEndsIt(question: String, answer: String, statement: String) throws {
        let found = Self.statements(Self.opening + [("Kim", question), ("Ola", answer)])
        let requirement = try #require(found.first { $0.statement == statement })
        #expect(requirement.sourceRefs.map(\.turn) == [4, 3])
    }

    @Test(arguments: [
        ("How long should the kiosk take to print?", "Until the receipt is out, I suppose."),
        ("How long should the kiosk receipts be kept?", "Until when, you mean?"),
    ])
    func untilSaysHowLongOnlyOfWhatLasts(question: String, answer: String) {
        let found = Self.statements(Self.opening + [("Kim", question), ("Ola", answer)])
        #expect(!found.contains { $0.statement.contains("until") })
    }
}
