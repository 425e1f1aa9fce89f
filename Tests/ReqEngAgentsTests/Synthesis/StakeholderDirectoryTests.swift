import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct StakeholderRoleTests {
    @Test(arguments: [
        ("I'm the head receptionist, nine years now.", "Head receptionist"),
        ("Hi, I am the IT administrator here.", "IT administrator"),
        ("I work as a nurse on the ward.", "Nurse"),
        ("Well, as the practice manager, I plan the rota.", "Practice manager"),
    ])
    func selfIntroductionsGiveRoles(text: String, role: String) {
        #expect(StakeholderDirectory.selfIntroducedRole(in: text) == role)
    }

    @Test(arguments: [
        "I'm the one who has to explain it.", "I'm sorry, that is a no.", "I am here for the demo.",
        "As long as the pla uh the rubber is nowhere near the controls, yes.",
    ])
    func otherFirstPersonSentencesAreNotRoles(text: String) {
        #expect(StakeholderDirectory.selfIntroducedRole(in: text) == nil)
    }

    @Test func introductionsByNameGiveRoles() {
        #expect(
            StakeholderDirectory.namedRole(
                in: "Sunita Rao, inventory controller, I sit in finance.", speaker: "Sunita Rao")
                == "Inventory controller")
        #expect(StakeholderDirectory.namedRole(in: "Sunita, yes, that works.", speaker: "Sunita Rao") == nil)
        #expect(StakeholderDirectory.namedRole(in: "Tom, can you share?", speaker: "Ana") == nil)
    }

    @Test func aSpeakerKnownByTheirJobHasItAsTheirRole() {
        let transcript = Transcript(
            id: "m1", sourcePath: "m1.json", format: .json,
            turns: [
                Turn(number: 1, speaker: "Project Manager", text: "Let's start with the lock."),
                Turn(number: 2, speaker: "Peter Parker", text: "Fine by me."),
                Turn(number: 3, speaker: "Marketing", text: "Riders want a bell."),
            ])
        let roles = StakeholderDirectory().stakeholders(in: [transcript]).map(\.role)
        #expect(roles == ["Project Manager", nil, nil])
    }
}

@Suite struct GlossaryBuilderTests {
    @Test func acronymsAndRecurringPhrasesBecomeTermsAndSmallTalkDoesNot() {
        let turns = [
            "The waiting list must be visible to reception.", "Add them to the waiting list, please.",
            "Honestly the waiting list is a mess. And GDPR applies.", "Yeah, GDPR, exactly, thanks everyone.",
        ].enumerated().map { Turn(number: $0.offset + 1, speaker: ["Ana", "Ben"][$0.offset % 2], text: $0.element) }
        let entries = GlossaryBuilder().entries(for: [
            Transcript(id: "s1", sourcePath: "s1.txt", format: .text, turns: turns)
        ])
        #expect(entries.map(\.term) == ["GDPR", "waiting list"])
        #expect(entries.first { $0.term == "waiting list" }?.occurrences == 3)
    }
}

@Suite struct StakeholderResponsibilityTests {
    @Test(arguments: [
        ("I'm responsible for the exam timetable, so I feel it every term.", "Responsible for the exam timetable"),
        ("Well, I am in charge of inbound logistics.", "In charge of inbound logistics"),
        ("I work at the Valdhoven depot as a shift lead.", "Shift lead"),
        ("I work for the municipality as the web editor, mostly.", "Web editor"),
    ])
    func whatPeopleSayAboutTheirWorkGivesRoles(text: String, role: String) {
        #expect(StakeholderDirectory.selfIntroducedRole(in: text) == role)
    }

    @Test(arguments: [
        "I'm responsible for, well, nothing much.", "I work at home on Fridays.",
        "I work for the money, as anyone does.",
    ])
    func otherSentencesAboutWorkAreNotRoles(text: String) {
        #expect(StakeholderDirectory.selfIntroducedRole(in: text) == nil)
    }
}

@Suite struct GlossarySharedVocabularyTests {
    private func glossary(_ lines: [(String, String)]) -> [GlossaryEntry] {
        let turns = lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) }
        return GlossaryBuilder().entries(for: [Transcript(id: "s1", sourcePath: "s1.txt", format: .text, turns: turns)])
    }

    @Test func aPhraseOnlyOnePersonRepeatsIsNotATerm() {
        let entries = glossary([
            ("Ana", "The night shift counts pallets."), ("Ana", "On the night shift nobody checks."),
            ("Ana", "The night shift is short-staffed."), ("Ben", "I see."),
        ])
        #expect(entries.isEmpty)
    }

    @Test func sharedTermsMergeSingularAndPluralAndKeepTheirDefinition() {
        let entries = glossary([
            ("Ana", "A pallet label is the sticker that names the shipment."),
            ("Ben", "So every pallet label gets scanned?"), ("Ana", "Yes, all pallet labels, at the door."),
        ])
        #expect(entries.map(\.term) == ["pallet label"])
        #expect(entries.first?.occurrences == 3)
        #expect(entries.first?.definition == "“A pallet label is the sticker that names the shipment.” (Ana)")
    }

    @Test func numbersTimesAndNamesAreNotTerms() {
        let entries = glossary([
            ("Ana", "Twenty five euros, and it takes ten minutes."), ("Ben", "Twenty five euros in ten minutes?"),
            ("Ana", "Ask Maya Lindqvist at half past ten."), ("Ben", "Maya Lindqvist, twenty five, ten minutes."),
            ("Ana", "Maya Lindqvist again, half past ten."),
        ])
        #expect(entries.isEmpty)
    }
}
