import Testing

@testable import ReqEngAgents

/// The index names every text that holds a phrase (it may name more), so reading only its
/// candidates finds what reading every text finds.
@Suite struct PhraseIndexTests {
    static let texts = [
        "Patients log in with their own account.", "No passwords on sticky notes.",
        "The authentication uses a badge.", "We print the log every night.", "Nothing here.",
    ].map(TokenizedText.init)

    @Test(arguments: ["log in", "authenticat*", "password*", "log*", "account", "sticky notes", "badge scan", "fax"])
    func candidatesHoldEveryMatch(_ phrase: String) {
        let prepared = [TriggerPhrase(phrase)]
        let matching = Self.texts.indices.filter { Self.texts[$0].contains(prepared[0]) }
        let candidates = PhraseIndex(Self.texts).candidates(for: prepared)
        #expect(Set(matching).isSubset(of: Set(candidates)))
        #expect(candidates == candidates.sorted() && Set(candidates).count == candidates.count)
    }

    @Test func candidatesAreTheTextsWithTheFirstWord() {
        let index = PhraseIndex(Self.texts)
        #expect(index.candidates(for: [TriggerPhrase("log in")]) == [0, 3])
        #expect(index.candidates(for: [TriggerPhrase("authenticat*")]) == [2])
        #expect(index.candidates(for: [TriggerPhrase("fax"), TriggerPhrase("nothing")]) == [4])
        #expect(index.candidates(for: [TriggerPhrase("...")]).isEmpty)
    }
}
