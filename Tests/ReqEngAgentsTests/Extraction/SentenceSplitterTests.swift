import Testing

@testable import ReqEngAgents

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("The app must work offline. It should sync later!", ["The app must work offline.", "It should sync later!"]),
        ("Uptime must be 99.9% over a month. Reports too.", ["Uptime must be 99.9% over a month.", "Reports too."]),
        ("Use a format, e.g. CSV or PDF, for exports.", ["Use a format, e.g. CSV or PDF, for exports."]),
        ("Backups run at 2 a.m. every night. Is that okay?", ["Backups run at 2 a.m. every night.", "Is that okay?"]),
        ("Ask Dr. Patel about it. She knows.", ["Ask Dr. Patel about it.", "She knows."]),
        ("We need... well... maybe a report. Sure.", ["We need... well... maybe a report.", "Sure."]),
        (
            "The meeting is at 10:30 today. Version 2.1 ships.",
            ["The meeting is at 10:30 today.", "Version 2.1 ships."]
        ),
        ("No. We don't want ads.", ["No.", "We don't want ads."]),
        ("Use form No. 5 for it.", ["Use form No. 5 for it."]),
        ("no punctuation at all", ["no punctuation at all"]),
        ("   ", []),
    ])
    func splits(_ input: String, _ expected: [String]) {
        #expect(SentenceSplitter().split(input) == expected)
    }

    /// A text split before is answered from memory, the same as the first time, also after the
    /// memory has been emptied for being full.
    @Test func aRepeatedTextSplitsTheSameAfterTheMemoryFills() {
        let text = "We need a receipt. It should be printed at once!"
        let first = SentenceSplitter().split(text)
        #expect(first == ["We need a receipt.", "It should be printed at once!"])
        #expect(SentenceSplitter().split(text) == first)
        for number in 0...SentenceSplitter.knownLimit {
            #expect(SentenceSplitter().split("Turn \(number). Done.") == ["Turn \(number).", "Done."])
        }
        #expect(SentenceSplitter().split(text) == first)
    }

    @Test func theItemsOfAListAreSentencesWithoutTheirMarkers() {
        #expect(
            SentenceSplitter().split("Finance asked for: - receipts in the app. - approval first. Thanks!")
                == ["Finance asked for:", "receipts in the app.", "approval first.", "Thanks!"])
        // A dash inside a sentence is no list.
        #expect(SentenceSplitter().split("Costs: - 5 euros at most.") == ["Costs:", "5 euros at most."])
        #expect(SentenceSplitter().split("It costs 5 - 6 euros.") == ["It costs 5 - 6 euros."])
    }

    @Test func aTurnTypedInLowerCaseStartsItsSentencesInLowerCase() {
        #expect(
            SentenceSplitter().split("they go on a waiting list. and the first one gets the spot")
                == ["they go on a waiting list.", "and the first one gets the spot"])
        #expect(
            SentenceSplitter().split("quick meaning what? like the list loads in 2 seconds?")
                == ["quick meaning what?", "like the list loads in 2 seconds?"])
        // Abbreviations still hold, and a turn that starts in capitals keeps the usual rule.
        #expect(SentenceSplitter().split("ask dr. smith first") == ["ask dr. smith first"])
        #expect(SentenceSplitter().split("We need it. and then some.") == ["We need it. and then some."])
    }
}
