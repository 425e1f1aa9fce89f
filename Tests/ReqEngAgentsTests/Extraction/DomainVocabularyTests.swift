import ReqEngModel
import Testing

@testable import ReqEngAgents

/// The words a conversation is about. Every line is written for the test (a team designing a
/// bike lock that talks to a phone).
@Suite struct DomainVocabularyTests {
    private static func vocabulary(_ lines: [(String, String)]) -> DomainVocabulary {
        DomainVocabulary(
            Transcript(
                id: "m1", sourcePath: "m1.json", format: .json,
                turns: lines.enumerated().map {
                    Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1)
                }))
    }

    @Test func wordsSaidInThreeTurnsByTwoSpeakersAreTheDomain() {
        let vocabulary = Self.vocabulary([
            ("Ana", "The lock talks to the phone."), ("Ben", "Which phone, though?"),
            ("Ana", "Any phone with the app. And a battery."), ("Ben", "Okay."),
        ])
        #expect(vocabulary.words.contains("phone"))
        #expect(!vocabulary.words.contains("battery"))
        #expect(vocabulary.recurring.contains("phone"))
    }

    /// "TV", "T_V_", "PC": two capitals are an acronym the conversation may be about, where a
    /// two-letter word in small letters is too short to tell from filler.
    @Test func twoLetterAcronymsCount() {
        #expect(
            DomainVocabulary.shortAcronyms(in: "It sends the code to the T_V_, or the PC's screen.") == ["tv", "pc"])
        #expect(DomainVocabulary.shortAcronyms(in: "OK, so we go to it. No, uh, UM.").isEmpty)
        let vocabulary = Self.vocabulary([
            ("Ana", "The lock shows a light on the TV."), ("Ben", "The T_V_ is far away."),
            ("Ana", "Then the TV gets a bigger light."), ("Ben", "We go to it, so to speak."),
        ])
        #expect(vocabulary.mentions(words: ["tv"]))
        #expect(!vocabulary.mentions(words: ["go"]))
        #expect(!vocabulary.mentions(words: ["to"]))
    }

    /// A bare "it" in a design meeting is read when its predicate speaks of what the meeting is
    /// about, acronyms included.
    @Test func aDescriptionOfTheProductNamingAnAcronymIsRead() {
        let found = ExtractionFixtures.teamMeeting([
            ("Ana", "The remote needs big buttons. The TV menu is slow."),
            ("Ben", "The T_V_ has a receiver."),
            ("Cy", "Yeah I got another point. It uses infrared light to send the code to the TV."),
            ("Ana", "Yeah."),
        ])
        #expect(found.contains { $0.statement.contains("infrared light to send the code to the TV") })
    }
}
