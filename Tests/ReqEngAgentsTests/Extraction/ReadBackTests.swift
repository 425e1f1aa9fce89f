import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A meeting's read-back of its decisions: the items after "let me sum up" are needs, though most
/// are fragments; an item that repeats an earlier need confirms it instead of repeating it. Every
/// line is written for the test (a fictional desk-lamp team).
@Suite struct ReadBackTests {
    private static let meeting: [(String, String)] = [
        ("Designer", "The lamp should switch off after two hours without use."),
        ("Manager", "The lamp base, the dimmer, the shade. What about the shade?"),
        ("Marketing", "A bamboo shade for the lamp, and the dimmer on the base."),
        ("Designer", "Bamboo is fine. The dimmer on the base too."),
    ]

    @Test func announcementsOfAReadBack() {
        #expect(ReadBack.announces("Okay, let me just sum up what we have."))
        #expect(ReadBack.announces("So, for the minutes, the final design."))
        #expect(ReadBack.announces("Let me say back what we decided."))
        #expect(ReadBack.announces("Okay. So, um, quickly, to wrap up."))
        #expect(ReadBack.announces("Summing up, then."))
        #expect(!ReadBack.announces("Let me show you the shade."))
        #expect(!ReadBack.announces("We wrap the lamp in paper."))
        #expect(!ReadBack.announces("The sum is too high."))
    }

    @Test func theItemsAfterTheAnnouncementAreNeeds() {
        let found = ExtractionFixtures.teamMeeting(
            Self.meeting + [
                (
                    "Manager",
                    "Okay, let me sum up. Bamboo shade, dimmer on the base. Switches off after two hours. "
                        + "I'll send the minutes round. Next meeting is Tuesday. Any questions?"
                )
            ])
        let statements = found.map(\.statement)
        #expect(statements.contains("Bamboo shade, dimmer on the base."))
        // The meeting's business and a question are no items.
        #expect(!statements.contains { $0.contains("minutes") || $0.contains("Tuesday") || $0.contains("questions") })
        // "Switches off after two hours" repeats the first need, which now cites the read-back.
        let off = found.filter { $0.statement.lowercased().contains("switch") }
        #expect(off.count == 1)
        #expect(off.first?.sourceRefs.map(\.turn) == [1, 5])
    }

    /// A read-back the speaker goes on with in their next turns: those items are decisions too; a
    /// summary only promised ("I'll summarise it afterwards") begins no list.
    @Test func aReadBackGoesOnInTheSpeakersNextTurns() {
        let found = ExtractionFixtures.teamMeeting(
            Self.meeting + [
                ("Manager", "Okay, let me sum up what we have. Bamboo shade for the lamp."),
                ("Manager", "The dimmer on the base. Off after two hours."),
                ("Manager", "A warm white light for the lamp."),
                ("Marketing", "Yes."),
            ])
        let statements = found.map(\.statement)
        #expect(statements.contains("Bamboo shade for the lamp."))
        #expect(statements.contains("A warm white light for the lamp."))
        #expect(found.first { $0.statement.contains("warm white") }?.sourceRefs.first?.turn == 7)

        let promised = ExtractionFixtures.teamMeeting(
            Self.meeting + [
                ("Manager", "I will take notes and summarise them for the folder."),
                ("Manager", "A warm white light for the lamp."),
                ("Marketing", "Maybe."),
            ])
        #expect(!promised.contains { $0.statement.contains("warm white") })
    }

    @Test func aReadBackSaidInOneSentenceIsAnAnnouncementAndItsItems() {
        let expanded = ReadBack.expandingInlineList([
            "Okay.", "So: bamboo shade, dimmer on the base, and a touch strip.", "Price?",
        ])
        #expect(expanded == ["Okay.", "So:", "Bamboo shade.", "Dimmer on the base.", "A touch strip.", "Price?"])
        #expect(ReadBack.announces("So:"))
        // A colon after anything but words of summing up, or before fewer than three items, is no list.
        #expect(ReadBack.expandingInlineList(["The shade: bamboo, paper, linen."]).count == 1)
        #expect(ReadBack.expandingInlineList(["So: bamboo, paper."]).count == 1)
        // An item of up to twelve words is still one item ("a shade that also dims when the room is dark").
        #expect(
            ReadBack.expandingInlineList([
                "So to wrap up: bamboo shade, a base that also dims when the room gets dark, no app."
            ]).count == 4)
        #expect(
            ReadBack.expandingInlineList([
                "So to wrap up: bamboo shade, a base that also dims itself slowly when the whole room gets quite dark, no app."
            ]).count == 1)
        let found = ExtractionFixtures.teamMeeting(
            Self.meeting + [("Manager", "Okay. So: bamboo shade, dimmer on the base, switches off after two hours.")])
        #expect(found.map(\.statement).contains("Bamboo shade."))
        #expect(found.filter { $0.statement.lowercased().contains("switch") }.count == 1)
    }

    @Test func withoutAnAnnouncementFragmentsStayFragments() {
        let found = ExtractionFixtures.teamMeeting(
            Self.meeting + [("Manager", "Okay. Bamboo shade, dimmer on the base.")])
        #expect(!found.map(\.statement).contains("Bamboo shade, dimmer on the base."))
    }

    @Test func anItemAboutSomethingElseOrAPersonIsNoNeed() {
        #expect(ReadBack.item("We've identified the design", original: "We've identified the design.") == nil)
        #expect(ReadBack.item("Two buttons", original: "Two buttons?") == nil)
        #expect(
            ReadBack.item("Two buttons, on and dim", original: "Two buttons, on and dim.") == "Two buttons, on and dim."
        )
        #expect(
            ReadBack.item("Or a wall mount with two screws", original: "Or a wall mount with two screws.")
                == "A wall mount with two screws.")
    }
}

extension ReadBackTests {
    @Test func anItemLeftOutIsAWont() {
        let found = ExtractionFixtures.teamMeeting(
            Self.meeting + [
                ("Manager", "Okay, let me sum up. Bamboo shade. No dimmer on the base. Switches off after two hours.")
            ])
        #expect(found.contains { $0.statement.lowercased().hasPrefix("no dimmer") && $0.priority == .wont })
        #expect(!found.contains { $0.statement.lowercased().hasPrefix("bamboo") && $0.priority == .wont })
    }
}

extension ReadBackTests {
    @Test func aListInTheSentenceAfterTheAnnouncementIsSplitIntoItems() {
        let expanded = ReadBack.expandingInlineList([
            "Okay, so to sum up.", "Bamboo shade, dimmer on the base, no app, and a touch strip.",
        ])
        #expect(
            expanded == [
                "Okay, so to sum up.", "Bamboo shade.", "Dimmer on the base.", "No app.", "A touch strip.",
            ])
        // Without the announcement just before, or with fewer than three items, the list is one sentence.
        #expect(
            ReadBack.expandingInlineList(["Let me show you the shade.", "Bamboo shade, dimmer on the base, no app."])
                .count == 2)
        #expect(ReadBack.expandingInlineList(["To sum up.", "Bamboo shade, dimmer on the base."]).count == 2)
        let found = ExtractionFixtures.teamMeeting(
            Self.meeting + [("Manager", "Right, to wrap up. Bamboo shade, dimmer on the base, no switch on the shade.")]
        )
        let statements = found.map(\.statement)
        #expect(statements.contains("Bamboo shade."), "\(statements)")
        #expect(found.first { $0.statement == "No switch on the shade." }?.priority == .wont, "\(statements)")
    }
}
