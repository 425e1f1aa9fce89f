import ReqEngModel

/// Scores ``RequirementClassifier`` against gold PROMISE labels.
package struct ClassificationEvaluator: Sendable {
    package var classifier: RequirementClassifier

    package init(classifier: RequirementClassifier = RequirementClassifier()) {
        self.classifier = classifier
    }

    /// Predicted PROMISE code of every row, in row order.
    package func predictions(for rows: [LabelledRequirement]) -> [String] {
        rows.map { classifier.classify($0.text).promiseCode }
    }

    /// The report for `rows`; `nil` when there is no row to evaluate.
    package func evaluate(_ rows: [LabelledRequirement]) -> EvaluationReport? {
        guard !rows.isEmpty else { return nil }
        return Self.report(gold: rows.map(\.label), predicted: predictions(for: rows))
    }

    /// The report for aligned gold and predicted labels.
    package static func report(gold: [String], predicted: [String]) -> EvaluationReport {
        let binaryGold = gold.map { $0 == "F" ? "F" : "NFR" }
        let binaryPredicted = predicted.map { $0 == "F" ? "F" : "NFR" }
        let binary = EvaluationReport.BinaryMetrics(
            functional: ClassMetrics(label: "F", gold: binaryGold, predicted: binaryPredicted),
            nonFunctional: ClassMetrics(label: "NFR", gold: binaryGold, predicted: binaryPredicted))

        let nfrCodes = NFRCategory.allCases.map(\.promiseCode)
        let pairs = zip(gold, predicted).filter { nfrCodes.contains($0.0) }
        let nfrGold = pairs.map(\.0)
        let nfrPredicted = pairs.map(\.1)
        var perClass: [String: ClassMetrics] = [:]
        var macroSum = 0.0
        var macroCount = 0
        var weightedSum = 0.0
        for code in nfrCodes {
            let metrics = ClassMetrics(label: code, gold: nfrGold, predicted: nfrPredicted)
            perClass[code] = metrics
            if metrics.support > 0 || nfrPredicted.contains(code) {
                macroSum += metrics.f1
                macroCount += 1
            }
            weightedSum += metrics.f1 * Double(metrics.support)
        }
        let categories = EvaluationReport.CategoryMetrics(
            macroF1: ClassMetrics.round(macroCount == 0 ? 0 : macroSum / Double(macroCount)),
            weightedF1: ClassMetrics.round(nfrGold.isEmpty ? 0 : weightedSum / Double(nfrGold.count)),
            perClass: perClass)
        return EvaluationReport(count: gold.count, binary: binary, categories: categories)
    }
}
