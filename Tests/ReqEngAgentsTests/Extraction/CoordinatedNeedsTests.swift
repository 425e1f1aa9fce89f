import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Two needs in one sentence, each with its own subject: "It should be easy to learn, and we should
/// ship a printed manual."
@Suite struct CoordinatedNeedsTests {
    @Test func clausesWithTheirOwnSubjectsAreSplit() {
        #expect(
            CoordinatedNeeds.clauses("The kiosk should print a receipt and it should also email one if asked.")
                == ["The kiosk should print a receipt.", "It should also email one if asked."])
        #expect(
            CoordinatedNeeds.clauses("Cloud hosting is fine, but I want our records kept in the EU.")
                == ["Cloud hosting is fine, but I want our records kept in the EU."])
        // A named subject opens its own clause after a comma.
        #expect(
            CoordinatedNeeds.clauses("Every loan has to be logged when it happens, and the stock must update at once.")
                == ["Every loan has to be logged when it happens.", "The stock must update at once."])
        // ", so" opens a clause as "and" does; "so" without a comma is a purpose.
        #expect(
            CoordinatedNeeds.clauses("We don't need a night light, so the lock should only open bikes.")
                == ["We don't need a night light.", "The lock should only open bikes."])
        #expect(
            CoordinatedNeeds.clauses("We need a loud alarm so the owner must hear it from far away.")
                == ["We need a loud alarm so the owner must hear it from far away."])
        // Three clauses.
        #expect(
            CoordinatedNeeds.clauses(
                "We don't want a scroll wheel and we don't want a screen and we must keep it under twelve euros.")
                == ["We don't want a scroll wheel.", "We don't want a screen.", "We must keep it under twelve euros."])
    }

    @Test(arguments: [
        // One subject, one need phrase, two objects.
        "We have to make clear that the kiosk is ours and show our logo on the screen.",
        // Two nouns joined inside a reason: "the walk-ins and the phone customers".
        "Online I don't want it to fill the whole day, because the walk-ins and the phone people need room.",
        // A named subject without a comma is a second noun, not a clause.
        "I want the members and the staff need to see the same list.",
        // Nothing is needed in the first clause: the sentence is read as it was.
        "We walked over to the desk yesterday and we need a bigger screen.",
        // A condition keeps what depends on it.
        "If the kiosk is down and we need a receipt, staff print it at the desk.",
        // A question is never split.
        "Should it print a receipt and should it email one too?",
    ])
    func oneSubjectOrOneNeedStaysWhole(_ sentence: String) {
        #expect(CoordinatedNeeds.clauses(sentence) == [sentence])
    }

    /// Both needs reach the document, each quoting its own clause.
    @Test func bothNeedsAreExtracted() {
        let requirements = ExtractionFixtures.kioskInterview([
            ("Kim", "What should the kiosk do when a member returns a book?"),
            (
                "Ola",
                "The kiosk should print a receipt for every return, and we should put a paper guide next to the kiosk."
            ),
        ])
        let quotes = requirements.flatMap(\.sourceRefs).map(\.quote)
        #expect(requirements.count == 2)
        #expect(quotes.contains("The kiosk should print a receipt for every return."))
        #expect(quotes.contains("We should put a paper guide next to the kiosk."))
    }
}
