import Testing

@testable import ReqEngAgents

@Suite struct AcceptanceCriteriaTests {
    @Test(arguments: [
        ("The page must load within 2 seconds.", ["Response time <= 2 s"]),
        ("Search should be fast: within a second.", ["Response time <= 1 s"]),
        ("A scan must respond in half a second.", ["Response time <= 0.5 s"]),
        ("A second reminder is sent a day later.", []),
        ("Data is deleted within a month.", ["Completion time <= 1 month"]),
        ("The portal must have 99.9% uptime.", ["Availability >= 99.9 %"]),
        ("The server shall handle 500 concurrent users.", ["Concurrent users >= 500"]),
        ("Exports must finish in under 5 minutes.", ["Completion time <= 5 min"]),
        ("Uploads are limited to 20 MB.", ["Size <= 20 MB"]),
        ("The dashboard shall refresh every 30 seconds.", ["Interval = 30 s"]),
        ("Send a reminder 24 hours before the visit.", ["Lead time = 24 h"]),
        ("Logs must be kept for 7 years.", ["Duration >= 7 years"]),
        ("At least 90% of users finish booking unaided.", ["Share of users >= 90 %"]),
        ("The help line is staffed 24/7.", ["Available 24/7"]),
        ("The report lists clients by name.", []),
        ("The invoice shows the VAT, 21 percent.", ["VAT = 21 %"]),
        ("Parents pay a deposit of 25 percent.", ["Deposit = 25 %"]),
        ("The share starts at 30 percent.", ["Rate = 30 %"]),
        ("The light switches off after 3 minutes.", ["Delay = 3 min"]),
        ("Data is deleted 3 months after the trip.", ["Delay = 3 months"]),
        ("Online slots are 15 minutes.", ["Duration = 15 min"]),
        ("A lesson of 60 minutes.", ["Duration = 60 min"]),
        ("Send one file with all the invoices.", []),
        ("Flag a discrepancy above 0.5% for a recount.", ["Discrepancy >= 0.5 %"]),
        ("A discount of up to 30 percent.", ["Discount <= 30 %"]),
        ("The kiosk serves 40 users at once.", ["Users >= 40"]),
    ])
    func criteriaFromNumbers(_ sentence: String, _ expected: [String]) {
        #expect(AcceptanceCriteriaExtractor().criteria(in: sentence) == expected)
    }

    @Test func confidenceFormulaRewardsMeasuresAndPenalisesHedges() {
        let measured = ExtractionAgent.confidence(
            strength: 1, classifier: 0.8, measurable: true, hasActor: true, hedges: 0)
        let hedged = ExtractionAgent.confidence(
            strength: 1, classifier: 0.8, measurable: true, hasActor: true, hedges: 2)
        let vague = ExtractionAgent.confidence(
            strength: 1, classifier: 0.8, measurable: false, hasActor: true, hedges: 0)
        #expect(measured == 0.95)
        #expect(hedged == 0.85)
        #expect(vague == 0.88)
    }
}

extension AcceptanceCriteriaTests {
    @Test func aPeriodThingsAreCountedOverIsNoCompletionTime() {
        let criteria = AcceptanceCriteriaExtractor().criteria(
            in: "The kiosk shall block a card after 3 missed returns within 12 months.")
        #expect(criteria.contains("Counting window = 12 months"))
        #expect(!criteria.contains { $0.hasPrefix("Completion time") })
        #expect(
            AcceptanceCriteriaExtractor().criteria(in: "The kiosk shall print the receipt within 5 seconds.")
                .contains { $0.hasSuffix("<= 5 s") })
    }
}
