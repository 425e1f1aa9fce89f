/// Precision, recall, F1 and support of one class.
package struct ClassMetrics: Sendable, Hashable, Codable {
    package var precision: Double
    package var recall: Double
    package var f1: Double
    /// Rows whose gold label is this class.
    package var support: Int

    package init(precision: Double, recall: Double, f1: Double, support: Int) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.support = support
    }

    /// Metrics of `label` over aligned gold and predicted labels; 0 where a ratio is undefined.
    package init(label: String, gold: [String], predicted: [String]) {
        var truePositives = 0
        var predictedPositives = 0
        var support = 0
        for (goldLabel, predictedLabel) in zip(gold, predicted) {
            if goldLabel == label { support += 1 }
            if predictedLabel == label {
                predictedPositives += 1
                if goldLabel == label { truePositives += 1 }
            }
        }
        let precision = predictedPositives == 0 ? 0 : Double(truePositives) / Double(predictedPositives)
        let recall = support == 0 ? 0 : Double(truePositives) / Double(support)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        self.init(
            precision: Self.round(precision), recall: Self.round(recall), f1: Self.round(f1), support: support)
    }

    /// Four decimals: stable output, enough resolution for a report.
    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
