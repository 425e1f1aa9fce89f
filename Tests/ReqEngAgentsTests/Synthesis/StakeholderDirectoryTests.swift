import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct StakeholderRoleTests {
    @Test(arguments: [
        ("I'm the head receptionist, nine years now.", "Head receptionist"),
        ("Hi, I am the IT administrator here.", "IT administrator"),
        ("I work as a nurse on the ward.", "Nurse"),
        ("Well, as the practice manager, I plan the rota.", "Practice manager"),
        // The speaker's own correction is the role.
        ("So I'm the rota planning planner, Practice Manager sorry, I plan the rota.", "Practice Manager"),
        ("I'm the stock keeper, sorry, the warehouse supervisor, since May.", "Warehouse supervisor"),
    ])
    func selfIntroductionsGiveRoles(text: String, role: String) {
        #expect(StakeholderDirectory.selfIntroducedRole(in: text) == role)
    }

    @Test(arguments: [
        "I'm the one who has to explain it.", "I'm sorry, that is a no.", "I am here for the demo.",
        "As long as the pla uh the rubber is nowhere near the controls, yes.",
        "Sorry, I'm a bit lost with the drawing tool.", "I'm a little under the weather today.",
        "I'm the other one who uses the van.",
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

extension StakeholderRoleTests {
    @Test func whoAsksTheQuestionsIsTheInterviewerWhenNoRoleSaysSo() {
        let lines = [
            ("Kim", "How do members borrow books today?"), ("Ola", "At the desk, with their card, it takes long."),
            ("Kim", "And what would you like the kiosk to do?"), ("Ola", "Members scan the card and the book."),
            ("Kim", "Should it print a receipt for every loan?"), ("Ola", "Yes, a receipt, always."),
            ("Kim", "What about fines, how are they paid now?"), ("Ola", "Cash at the desk."),
        ]
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.txt", format: .text, participants: [],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        let roles = Dictionary(
            uniqueKeysWithValues: StakeholderDirectory().stakeholders(in: [transcript]).map { ($0.name, $0.role) })
        #expect(roles["Kim"] == StakeholderDirectory.askingRole)
        #expect(roles["Ola"] == .some(nil))
    }

    @Test func aJobTitleLabelOutranksWhatTheSpeakerSaysInPassing() {
        let lines = [
            ("Project Manager", "Shall we start with the casing?"),
            ("Lamp Designer", "I'm the bottleneck today, I'm afraid, the drawings are late."),
            ("Ola", "I'm the night porter, so I switch it off."),
        ]
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.txt", format: .text, participants: [],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        let roles = Dictionary(
            uniqueKeysWithValues: StakeholderDirectory().stakeholders(in: [transcript]).map { ($0.name, $0.role) })
        #expect(roles["Lamp Designer"] == "Lamp Designer")
        #expect(roles["Ola"] == "Night porter")
    }
}
