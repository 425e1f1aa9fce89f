import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct GlossaryBuilderTests {
    /// A session whose turns alternate between two speakers.
    static func session(_ lines: [String]) -> Transcript {
        Transcript(
            id: "s1", sourcePath: "s1.txt", format: .text, participants: [],
            turns: lines.enumerated().map { index, text in
                Turn(number: index + 1, speaker: index.isMultiple(of: 2) ? "Ana" : "Ben", text: text)
            })
    }

    static func terms(_ lines: [String]) -> [String] {
        GlossaryBuilder().entries(for: [session(lines)]).map(\.term)
    }

    @Test func aPhraseSeveralPeopleRepeatIsATerm() {
        let terms = Self.terms([
            "The pallet label goes on the left side.", "Which pallet label, the old one?",
            "Every pallet label has a barcode.", "Fine.",
        ])
        #expect(terms == ["pallet label"])
    }

    @Test func piecesOfALongerTermAreNotTermsOfTheirOwn() {
        let terms = Self.terms([
            "Voice control needs automatic speech recognition.", "Automatic speech recognition is costly.",
            "Then no voice control, or cheap automatic speech recognition?", "Speech recognition on a lamp, hm.",
            "Speech recognition chips are cheap now.", "Voice control it is.",
        ])
        #expect(terms.contains("speech recognition"))
        #expect(terms.contains("voice control"))
        #expect(!terms.contains("automatic speech"))
    }

    @Test func fillerAndTheMeetingsOwnBusinessAreNoTerms() {
        let terms = Self.terms([
            "I'm a bit slow today, sorry. The user requirements are in the project documents.",
            "A little bit slow is fine. Are the user requirements in the project documents?",
            "Different remotes have extra features. A bit slow, yes. User requirements first.",
            "Different remotes, extra features, a little bit of everything.",
            "Extra features on different remotes again.",
        ])
        #expect(terms.isEmpty, "\(terms)")
    }
}
