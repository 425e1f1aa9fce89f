import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct StakeholderRoleTests {
    @Test(arguments: [
        ("I'm the head receptionist, nine years now.", "Head receptionist"),
        ("Hi, I am the IT administrator here.", "IT administrator"),
        ("I work as a nurse on the ward.", "Nurse"),
    ])
    func selfIntroductionsGiveRoles(text: String, role: String) {
        #expect(StakeholderDirectory.selfIntroducedRole(in: text) == role)
    }

    @Test(arguments: ["I'm the one who has to explain it.", "I'm sorry, that is a no.", "I am here for the demo."])
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
}

@Suite struct GlossaryBuilderTests {
    @Test func acronymsAndRecurringPhrasesBecomeTermsAndSmallTalkDoesNot() {
        let turns = [
            "The waiting list must be visible to reception.", "Add them to the waiting list, please.",
            "Honestly the waiting list is a mess. And GDPR applies.", "Yeah, exactly, thanks everyone.",
        ].enumerated().map { Turn(number: $0.offset + 1, speaker: "Ana", text: $0.element) }
        let entries = GlossaryBuilder().entries(for: [
            Transcript(id: "s1", sourcePath: "s1.txt", format: .text, turns: turns)
        ])
        #expect(entries.map(\.term) == ["GDPR", "waiting list"])
        #expect(entries.first { $0.term == "waiting list" }?.occurrences == 3)
    }
}
