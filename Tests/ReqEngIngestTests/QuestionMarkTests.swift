import ReqEngModel
import Testing

@testable import ReqEngIngest

/// A transcript written or transcribed without question marks gets them where a sentence asks by
/// its wording. Every line is written for the test (a fictional bakery ordering interview).
@Suite("Question marks for transcripts without them")
struct QuestionMarkTests {
    @Test(arguments: [
        "Do you take orders by phone today.",
        "Could the app show the allergens",
        "Can customers pick a time slot.",
        "Does Maria do the ordering.",
        "So how do customers pay.",
        "Okay, and what's the busiest day.",
        "How many orders come in on a Saturday.",
        "Which oven is it.",
        "What kind of reports do you need.",
        "What about gift cards.",
        "Who bakes the wedding cakes.",
        "You do the deliveries yourself, right.",
        "The cakes for collection, do you box them.",
        "Is that the usual order size.",
        "Should we, um, add a filter for cakes.",
    ])
    func aSentenceThatAsksByItsWordingAsks(_ sentence: String) {
        #expect(QuestionMarks.asks(String(sentence.dropLast(sentence.hasSuffix(".") ? 1 : 0))))
    }

    @Test(arguments: [
        "What we need is an order list",
        "When the order comes in, the oven list updates",
        "Have a look at the price list",
        "Have it ready by six",
        "Do it again tomorrow",
        "So did I",
        "Could be worse",
        "The croissants sell out by nine",
        "Which is exactly what the customers asked for",
        "We list them on a board, which is a bit old",
        "A page with what's baked today, what's sold",
        "That's right",
        "Should the payment fail, the order is cancelled",
        "Customers pay at the counter",
    ])
    func aSentenceThatTellsDoesNotAsk(_ sentence: String) {
        #expect(!QuestionMarks.asks(sentence))
    }

    private static let withoutQuestionMarks = """
        Interviewer: Thanks for making time. How do customers order today.
        Baker: Mostly by phone. It's chaos on Fridays.
        Interviewer: Do you want them to order online
        Baker: Yes, definitely. With a pickup time.
        Interviewer: And can they pay online too. Or at the counter.
        Baker: Both. Card online, cash at pickup.
        """

    @Test func aTranscriptWithoutQuestionMarksGetsThemWhereASentenceAsks() throws {
        let (transcript, notices) = try parse(Self.withoutQuestionMarks, as: .text)
        #expect(
            lines(transcript) == [
                "Interviewer: Thanks for making time. How do customers order today?",
                "Baker: Mostly by phone. It's chaos on Fridays.",
                "Interviewer: Do you want them to order online?",
                "Baker: Yes, definitely. With a pickup time.",
                "Interviewer: And can they pay online too? Or at the counter.",
                "Baker: Both. Card online, cash at pickup.",
            ])
        // The reader is told what was changed, and why.
        #expect(notices.map(\.message).contains { $0.contains("no question marks") && $0.contains("3 sentence(s)") })
    }

    @Test func aTranscriptThatHasQuestionMarksIsLeftAsWritten() throws {
        let text = Self.withoutQuestionMarks.replacingOccurrences(
            of: "How do customers order today.", with: "How do customers order today?")
        let (transcript, notices) = try parse(text, as: .text)
        #expect(transcript.turns[2].text == "Do you want them to order online")
        #expect(notices.isEmpty)
    }

    @Test func aLongTurnWithoutAnyEndingIsNotOneQuestion() {
        var turns = [
            Turn(number: 1, speaker: "A", text: "Do you bake every day"),
            Turn(
                number: 2, speaker: "B",
                text: "Do you know we start at four every morning and the first batch is out at six and then the "
                    + "shop opens at seven and the queue is already there"),
            Turn(number: 3, speaker: "A", text: "Wow"),
            Turn(number: 4, speaker: "B", text: "Yes"),
        ]
        #expect(QuestionMarks.restore(&turns) == 1)
        #expect(turns[0].text == "Do you bake every day?")
        #expect(!turns[1].text.hasSuffix("?"))
    }
}
