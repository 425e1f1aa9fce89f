import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Numbers said in words, in a requirement's wording. Every line is written for the test (a bike
/// rental and a ticket office).
@Suite struct SpokenNumbersTests {
    @Test(arguments: [
        ("Bikes cost twenty-five euros a day.", "Bikes cost 25 euros a day."),
        ("Bikes cost twenty five euros a day.", "Bikes cost 25 euros a day."),
        ("A ride lasts at most a hundred and twenty minutes.", "A ride lasts at most 120 minutes."),
        ("Returns close twenty-four hours before.", "Returns close 24 hours before."),
        ("The deposit is twelve point five euros.", "The deposit is 12.5 euros."),
        ("The deposit is twelve and a half euros.", "The deposit is 12.5 euros."),
        ("Rentals for fifteen to thirty five year olds.", "Rentals for 15 to 35 year olds."),
        ("Stations within five kilometres.", "Stations within 5 kilometres."),
        ("Sixty, ninety, a hundred and twenty minutes.", "60, 90, 120 minutes."),
        ("Online slots are fifteen minutes, not ten.", "Online slots are 15 minutes, not 10."),
        ("Up to two thousand and fifty tickets.", "Up to 2050 tickets."),
        ("Starting at thirty percent.", "Starting at 30 percent."),
        ("A hundred seats (forty-two reserved).", "100 seats (42 reserved)."),
    ])
    func aNumberAReaderWritesInDigitsIsWrittenInDigits(said: String, written: String) {
        #expect(SpokenNumbers.digits(in: said) == written)
    }

    @Test(arguments: [
        "The app has two parts.", "Three steps, four at most.", "One of them is enough.",
        "Lessons start at half past twelve.", "The office opens at eleven.", "The train leaves at eleven fifteen.",
        "Open twenty four seven.", "Open twenty-four/seven.", "A five-star rating.", "Nineteen hundred bikes.",
        "At one point we had ten.", "Thousands of users.", "Twenty-first of May.", "A hundred fifty fifty.",
        "A thousand, a hundred.",
    ])
    func countsBelowTenTimesOfDayAndRunsOfNumbersStayAsSaid(said: String) {
        let expected = said.replacingOccurrences(of: "we had ten", with: "we had 10")
        #expect(SpokenNumbers.digits(in: said) == expected)
    }

    /// Every run of up to four number words, with and without punctuation, is read without a trap
    /// or an endless loop, and keeps its words or writes one value for each.
    @Test func everyShortRunOfNumberWordsIsReadSafely() {
        let vocabulary = [
            "a", "and", "hundred", "thousand", "twenty", "five,", "fifteen.", "point", "half", "one", "(ten",
        ]
        var runs = 0
        for a in vocabulary {
            for b in vocabulary {
                for c in vocabulary {
                    for d in vocabulary {
                        let text = [a, b, c, d].joined(separator: " ")
                        let written = SpokenNumbers.digits(in: text)
                        #expect(!written.isEmpty)
                        runs += 1
                    }
                }
            }
        }
        #expect(runs == 14_641)
    }

    /// The acceptance criteria read "twenty-four hours" as one number: read word by word it was a
    /// lead time of four hours.
    @Test func criteriaReadTheWholeNumber() {
        let criteria = AcceptanceCriteriaExtractor().criteria(in: "Members can cancel up to twenty-four hours before.")
        #expect(criteria == ["Lead time = 24 h"])
    }

    /// The statement is written in digits; the quote keeps what was said.
    @Test func theStatementChangesAndTheQuoteDoesNot() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "How long may a member keep a bike?"),
            ("Ola", "Members must return a bike within forty-eight hours."),
        ])
        let requirement = found.first
        #expect(requirement?.statement.contains("48 hours") == true)
        #expect(requirement?.sourceRefs.first?.quote.contains("forty-eight hours") == true)
    }
}
