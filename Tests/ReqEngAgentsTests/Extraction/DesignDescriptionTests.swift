import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A design team presenting its product in the present tense: "It charges on a dock." is read as a
/// need; people, other products, the meeting's business and hedged or predicted qualities are not.
/// Every line is written for the test (a fictional desk-lamp product).
@Suite struct DesignDescriptionTests {
    private static func need(_ sentence: String, nouns: Set<String> = []) -> String? {
        DesignDescription.asNeed(SpeechCleaner().clean(sentence).text, original: sentence, nouns: nouns)
    }

    @Test func whatThePartDoesOrHasIsANeed() {
        #expect(Self.need("So it charges on a small dock.") == "It should charge on a small dock.")
        #expect(Self.need("The lamp has a dimmer on the base.") == "The lamp should have a dimmer on the base.")
        #expect(
            Self.need("And the arm itself switches off after an hour.")
                == "The arm itself should switch off after an hour.")
        #expect(Self.need("The charging dock carries the logo.") == "The charging dock should carry the logo.")
        // A plural part takes its verb without "s".
        #expect(
            Self.need("So the parent pages work on phones first.") == "The parent pages should work on phones first.")
        #expect(Self.need("The side buttons light up at night.") == "The side buttons should light up at night.")
        #expect(Self.need("It goes up to eight hundred lumens.") == "It should go up to eight hundred lumens.")
        #expect(
            Self.need("The sensor reads the dial and sends a code.")
                == "The sensor should read the dial and send a code.")
        #expect(
            Self.need("The lamp has a dimmer and cables.", nouns: ["cables"])
                == "The lamp should have a dimmer and cables.")
    }

    /// "The system just flags it", "a confirmed order goes … automatically": the product itself
    /// however common its name, and what it does with each one.
    @Test func theSystemAndWhatItDoesAutomatically() {
        #expect(
            Self.need("So the system just flags it to the warehouse on day ten.")
                == "The system should just flag it to the warehouse on day ten.")
        #expect(
            Self.need("A paid order goes into the stock system automatically, nobody types it twice.")
                == "A paid order should go into the stock system automatically, nobody types it twice.")
        // Without "automatically", "a …" is any one of a kind, not the design.
        #expect(Self.need("A paid order goes into the stock system.") == nil)
    }

    @Test func aMaterialColourShapeOrSizeIsANeed() {
        #expect(Self.need("It's thin, so it slides into a drawer.") == "It should be thin.")
        #expect(Self.need("The shade is made of bamboo.") == "The shade should be made of bamboo.")
        #expect(Self.need("The buttons are rubber.") == "The buttons should be rubber.")
        // Whatever it is proof against.
        #expect(Self.need("And it's splash-proof.") == "It should be splash-proof.")
        // A quality no design decides, a prediction and a hedge.
        #expect(Self.need("It's a bit lumpy.") == nil)
        #expect(Self.need("It's gonna be small.") == nil)
    }

    @Test func otherProductsPeopleAndTheMeetingAreNot() {
        #expect(Self.need("Every other lamp has a switch on the cable.") == nil)
        #expect(Self.need("Their lamp shows the battery level.") == nil)
        #expect(Self.need("The agenda has four points today.") == nil)
        #expect(Self.need("The users want a warmer light.") == nil)
        #expect(Self.need("It usually comes with a cable.") == nil)
        // How such things work in general, explained before any design is chosen.
        #expect(Self.need("The lamp basically has a bulb, a switch and a cable.") == nil)
        #expect(Self.need("The lamp normally runs on mains power.") == nil)
        #expect(Self.need("Does it charge on a dock?") == nil)
        #expect(Self.need("It depends on the battery.") == nil)
        #expect(Self.need("The dimmer worries people a bit.") == nil)
        #expect(Self.need("And maybe the lamp warns you when it's low, I don't know.") == nil)
        #expect(Self.need("It looks like a mushroom.") == nil)
        // "It has to": a need phrase, read by the need detector.
        #expect(Self.need("It has to be light.") == nil)
        // "The backlight goes.": dropped from the design.
        #expect(Self.need("The backlight goes.") == nil)
    }

    @Test func aWordUsedAsANounIsNoVerb() {
        #expect(Self.need("The touch buttons the sensor, one twenty.", nouns: ["buttons"]) == nil)
        #expect(Self.need("The kinetic ones are cool.") == nil)
        #expect(Self.need("The lamp shows the time.", nouns: ["lamp"]) == "The lamp should show the time.")
    }

    @Test func aTeamPresentingTheDesignStatesItsNeeds() {
        let lines: [(String, String)] = [
            ("Designer", "Okay, the lamp. The lamp has a dimmer on the base, and a battery."),
            ("Manager", "Good. The battery in the lamp, how long? Does it need a dock?"),
            ("Designer", "It charges on a small dock. The dock is white, with the logo."),
            ("Manager", "Nice, the dock and the logo, fine."),
        ]
        let found = ExtractionFixtures.teamMeeting(lines).map(\.statement)
        #expect(found.contains { $0.contains("dimmer") })
        #expect(found.contains { $0.contains("charge on a small dock") })
        // A quality against wear, said once, is the product's whatever words recur.
        let proof = ExtractionFixtures.teamMeeting(lines + [("Designer", "And it's shockproof.")]).map(\.statement)
        #expect(proof.contains("The system should be shockproof."))
        // In an interview, the client's present tense is read by its own reader, not this one.
        #expect(DesignDescription.asNeed("It charges on a dock", original: "It charges on a dock?") == nil)
        // "But it charges on a dock.": said against another's point, an argument, not a design.
        #expect(
            DesignDescription.asNeed("It charges on a dock.", original: "But it charges on a dock.") == nil)
        #expect(DesignDescription.asNeed("It charges on a dock.", original: "It charges on a dock.") != nil)
    }

    /// "Is it recognisably ours?" "It's orange.": a short verdict on what is shown, in reply to a
    /// question, is no design presented; said unasked, or at more length, it still is.
    @Test func aShortReplyToAQuestionIsAVerdictNotADesign() {
        #expect(DesignDescription.asNeed("It's orange.", original: "It's orange.", replying: true) == nil)
        #expect(DesignDescription.asNeed("It's orange.", original: "It's orange.") == "It should be orange.")
        #expect(
            DesignDescription.asNeed("It's made of bamboo.", original: "It's made of bamboo.", replying: true)
                == "It should be made of bamboo.")
    }

    @Test func aTurnAfterAQuestionIsAReply() {
        let context = ConversationContext(
            Transcript(
                id: "m1", sourcePath: "m1.json", format: .json,
                turns: [
                    Turn(number: 1, speaker: "Manager", text: "Is it ours? The colour?"),
                    Turn(number: 2, speaker: "Designer", text: "Mm."),
                    Turn(number: 3, speaker: "Designer", text: "It's orange."),
                    Turn(number: 4, speaker: "Manager", text: "Good."),
                ]))
        #expect(context.followsQuestion(turn: 3))
        #expect(!context.followsQuestion(turn: 4))
    }
}
