import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Ways of answering met in a shop-ordering interview of our own: a no said emphatically or as a
/// preference, "some days" that puts nothing off, an amount as the whole detail of a yes, a "you"
/// before a modal, and a wish of the speaker's own after a yes.
struct OrderingInterviewTests {
    private static let opening: [(String, String)] = [
        ("Kim", "Thanks for making time. Tell me about the orders at the shop."),
        (
            "Ola",
            "Customers phone the shop with orders, and the orders are on paper, so customers need to order online."
        ),
    ]

    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        InterviewAnswerTests.extract(opening + lines)
    }

    @Test(arguments: [
        "Absolutely not.", "Definitely not, they hate it.", "I'd rather not.", "I would say no.", "Never.",
        "Nah, not needed.", "We can do without.", "Well, no.", "That won't be necessary.",
    ])
    func anEmphaticOrPreferredNoRefuses(reply: String) throws {
        let found = Self.extract([("Kim", "Do customers need an account?"), ("Ola", reply)])
        let refusal = try #require(found.first { $0.statement.contains("account") })
        #expect(refusal.priority == .wont)
        #expect(refusal.statement == "Customers will not need an account.")
        #expect(ConfirmedProposal.reading(of: reply, to: "Do customers need an account?") == .rejects)
    }

    @Test(arguments: ["Absolutely.", "Definitely, they ask for it.", "Yes.", "Well, yes."])
    func anEmphaticYesStillAgrees(reply: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: "Do customers need an account?") == .confirms)
    }

    @Test func theQuestionsOwnNeverSaidBackAgrees() {
        #expect(ConfirmedProposal.reading(of: "Never.", to: "So the order never depends on who pays?") == .confirms)
        #expect(ConfirmedProposal.reading(of: "Never.", to: "Does the order depend on who pays?") == .rejects)
    }

    @Test func someDaysPutsNothingOffButSomeDayDoes() {
        #expect(!NeedDetector.putsOff("i want to change it myself, some days we have an extra baker."))
        #expect(!NeedDetector.putsOff("that was an awesome day."))
        #expect(NeedDetector.putsOff("we want stock counts some day, not now."))
        #expect(NeedDetector.putsOff("that can wait for future releases."))
        let wish = Self.extract([
            ("Kim", "Who sets the daily limit?"),
            ("Ola", "I want to change the daily limit myself, some days we have an extra baker."),
        ])
        #expect(wish.contains { $0.statement.contains("daily limit") && $0.priority != .wont })
    }

    @Test func anAmountIsTheDetailOfAYes() {
        let found = Self.extract([
            ("Kim", "Should the shop limit the number of orders per day?"),
            ("Ola", "Yes, sixty cakes a day."),
        ])
        #expect(found.map(\.statement).contains("The shop should limit the number of orders per day: 60 cakes a day."))
        // A vague amount is no detail to add.
        let vague = Self.extract([
            ("Kim", "Should the shop limit the number of orders per day?"),
            ("Ola", "Yes, a few."),
        ])
        #expect(vague.map(\.statement).contains("The shop should limit the number of orders per day."))
    }

    @Test func aYouBeforeAModalIsItsSubject() {
        #expect(
            ConfirmedProposal.inSpeakersVoice("a limit you can change".split(separator: " ").map(String.init))
                == ["a", "limit", "we", "can", "change"])
        // After a verb, with no modal to follow, "you" is the object.
        #expect(
            ConfirmedProposal.inSpeakersVoice(
                "it doesn't stop you handing it out".split(separator: " ").map(String.init)
            )
            .contains("us"))
    }

    @Test func aWishOfTheSpeakersOwnAfterAYesIsNoDetailOfTheProposal() {
        #expect(ConfirmedProposal.detail(of: "Yes, I want to change it myself.") == nil)
        #expect(ConfirmedProposal.detail(of: "Yes, it has to meet the accessibility rules.") != nil)
        #expect(ConfirmedProposal.detail(of: "Yes, sixty cakes a day.") == "sixty cakes a day")
    }

    private static let listOpening: [(String, String)] = [
        ("Kim", "You run the shop and want customers to order cakes online, right?"),
        (
            "Ola",
            "Yes. People phone us all morning, so customers should be able to order cakes online. "
                + "We need to see the orders for the next day on a list, printed in the morning."
        ),
    ]

    @Test func aRecapSaidAsABarePhraseKeepsTheSentenceItSumsUp() {
        let found = InterviewAnswerTests.extract(
            Self.listOpening + [("Kim", "So a printable list, per day."), ("Ola", "Yes.")])
        let list = found.first { $0.statement.contains("list") }
        #expect(
            list?.statement
                == "The owner shall be able to see the orders for the next day on a list, printed in the morning.")
        #expect(list?.sourceRefs.map(\.turn) == [2, 4, 3])
        #expect(ExtractionAgent.isBarePhrase("A printable list, per day."))
        #expect(!ExtractionAgent.isBarePhrase("A member has to confirm each booking."))
        #expect(!ExtractionAgent.isBarePhrase("Rooms have a capacity."))
    }

    @Test func aRecapTakesInOnlyTheNeedItSharesMostWordsWith() {
        let found = InterviewAnswerTests.extract(
            Self.listOpening + [
                ("Kim", "So a printable list of the orders, per day?"), ("Ola", "Yes, sorted by pick-up time."),
            ])
        #expect(found.map(\.statement).contains("Customers should be able to order cakes online."))
        #expect(found.filter { $0.statement.contains("list") }.count == 1)
    }

    @Test func theSpeakersOwnTimeGivenAsAReasonIsNoNeed() {
        let ref = SourceRef(sessionID: "s", turn: 1, speaker: "Ola", quote: "We need the time.")
        #expect(ExtractionAgent().requirement(from: "We need the time.", source: ref, speakerRole: nil) == nil)
        let timed = "We need the time of each order."
        #expect(ExtractionAgent().requirement(from: timed, source: ref, speakerRole: nil) != nil)
    }
}
