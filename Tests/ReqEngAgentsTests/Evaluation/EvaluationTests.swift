import Foundation
import Testing

@testable import ReqEngAgents

@Suite struct EvaluationTests {
    /// A small labelled file with the quirks real exports have; written for this test.
    static let quirkyCSV =
        "ProjectID,RequirementText,class\r\n"
        + "1,'The kiosk shall print a ticket for each visitor.',F\r\n"
        + "\r\n"
        + "  2 , 'Search results must appear within 2 seconds, even at peak.' , PE \r\n"
        + "3,'The site must be available 99.9\\% of the time.',A\n"
        + "4,\"Only staff can open the \"\"admin\"\" page, it's restricted.\",SE\n"
        + "5,'The app shall let users rate a visit',F\n"
        + "this line has no columns\n"
        + "6,'Something',XY\n"
        + "7,'The tool shall email a weekly digest.',SE\n"

    @Test func readerToleratesQuirksAndReportsBadLines() {
        let parsed = PromiseCSVReader().parse(Self.quirkyCSV)
        #expect(parsed.rows.map(\.label) == ["F", "PE", "A", "SE", "F", "SE"])
        #expect(parsed.rows.map(\.line) == [2, 4, 5, 6, 7, 10])
        #expect(parsed.rows[1].text == "Search results must appear within 2 seconds, even at peak.")
        #expect(parsed.rows[2].text == "The site must be available 99.9% of the time.")
        #expect(parsed.rows[3].text == "Only staff can open the \"admin\" page, it's restricted.")
        #expect(parsed.rows[1].projectID == "2")
        #expect(parsed.skipped.map(\.line) == [8, 9])
        #expect(parsed.skipped[1].reason.contains("XY"))
    }

    @Test func metricsAreComputedFromCounts() {
        // gold:  F  F  F  PE PE SE
        // pred:  F  F  PE PE SE SE
        let report = ClassificationEvaluator.report(
            gold: ["F", "F", "F", "PE", "PE", "SE"], predicted: ["F", "F", "PE", "PE", "SE", "SE"])
        #expect(report.count == 6)
        // Functional: tp 2, predicted 2, support 3 -> p 1, r 0.6667, f1 0.8.
        #expect(report.binary.functional == ClassMetrics(precision: 1, recall: 0.6667, f1: 0.8, support: 3))
        // Non-functional: tp 3, predicted 4, support 3 -> p 0.75, r 1, f1 0.8571.
        #expect(report.binary.nonFunctional == ClassMetrics(precision: 0.75, recall: 1, f1: 0.8571, support: 3))
        // Categories over gold NFR rows [PE, PE, SE] vs [PE, SE, SE]:
        // PE p 1 r 0.5 f1 0.6667; SE p 0.5 r 1 f1 0.6667.
        #expect(report.categories.perClass["PE"] == ClassMetrics(precision: 1, recall: 0.5, f1: 0.6667, support: 2))
        #expect(report.categories.perClass["SE"] == ClassMetrics(precision: 0.5, recall: 1, f1: 0.6667, support: 1))
        #expect(report.categories.perClass["US"]?.support == 0)
        #expect(report.categories.macroF1 == 0.6667)
        #expect(report.categories.weightedF1 == 0.6667)
        #expect(report.categories.perClass.count == 11)
    }

    @Test func jsonHasTheContractShape() throws {
        let report = ClassificationEvaluator.report(gold: ["F", "SE"], predicted: ["F", "SE"])
        let object = try JSONSerialization.jsonObject(with: Data(report.jsonText().utf8)) as? [String: Any]
        #expect(Set(object?.keys ?? [:].keys) == ["count", "binary", "categories"])
        let binary = object?["binary"] as? [String: Any]
        #expect(Set(binary?.keys ?? [:].keys) == ["functional", "non_functional"])
        let functional = binary?["functional"] as? [String: Any]
        #expect(Set(functional?.keys ?? [:].keys) == ["precision", "recall", "f1", "support"])
        let categories = object?["categories"] as? [String: Any]
        #expect(Set(categories?.keys ?? [:].keys) == ["macro_f1", "weighted_f1", "per_class"])
        #expect(report.jsonText() == report.jsonText())
    }

    @Test func loadingReportsMissingAndEmptyFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-eval-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.csv").path
        #expect(throws: EvaluationError.fileNotFound(path: missing)) { try EvaluationDataset.load(path: missing) }
        let empty = directory.appendingPathComponent("empty.csv")
        try Data("ProjectID,RequirementText,class\n\nnot a row\n".utf8).write(to: empty)
        #expect(throws: EvaluationError.noUsableRows(path: empty.path, skipped: 1)) {
            try EvaluationDataset.load(path: empty.path)
        }
        let good = directory.appendingPathComponent("good.csv")
        try Data(Self.quirkyCSV.utf8).write(to: good)
        let dataset = try EvaluationDataset.load(path: good.path)
        #expect(dataset.rows.count == 6)
        let report = try #require(ClassificationEvaluator().evaluate(dataset.rows))
        #expect(report.count == 6)
        #expect(report.table().contains("macro F1"))
    }
}
