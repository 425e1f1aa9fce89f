/// Classification quality on a labelled data set, in the shape `reqeng eval --json` prints.
package struct EvaluationReport: Sendable, Hashable, Codable {
    /// Usable rows evaluated.
    package var count: Int
    package var binary: BinaryMetrics
    package var categories: CategoryMetrics

    /// Functional (gold `F`) against non-functional (every other class), over all rows.
    package struct BinaryMetrics: Sendable, Hashable, Codable {
        package var functional: ClassMetrics
        package var nonFunctional: ClassMetrics

        enum CodingKeys: String, CodingKey {
            case functional
            case nonFunctional = "non_functional"
        }
    }

    /// The eleven NFR classes, over the rows whose gold label is one of them.
    package struct CategoryMetrics: Sendable, Hashable, Codable {
        /// Unweighted mean F1 over the classes that occur (in gold or prediction) in those rows.
        package var macroF1: Double
        /// Mean F1 weighted by support.
        package var weightedF1: Double
        /// Keyed by PROMISE code; encoded with sorted keys so the output is stable.
        package var perClass: [String: ClassMetrics]

        enum CodingKeys: String, CodingKey {
            case macroF1 = "macro_f1"
            case weightedF1 = "weighted_f1"
            case perClass = "per_class"
        }
    }
}
