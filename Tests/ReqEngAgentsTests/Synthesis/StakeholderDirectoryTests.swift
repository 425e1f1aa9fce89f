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

    @Test(
        arguments: [
            ("Project Manager", "Project Manager"), ("Lead", "Lead"), ("Peter Parker", nil), ("Marketing", nil),
            ("Ola", nil),
        ] as [(String, String?)])
    func aSpeakerKnownByTheirJobHasItAsTheirRole(speaker: String, role: String?) {
        #expect(StakeholderDirectory.roleLabel(speaker) == role)
    }
}
