import ReqEngModel

/// What ``RequirementClassifier`` decided about one sentence.
package struct RequirementClassification: Sendable, Hashable {
    package var type: RequirementType
    /// NFR category; `nil` for functional statements and for constraints that name no quality.
    package var category: NFRCategory?
    /// 0…1, from the margin between the winning class and the runner-up (see the classifier).
    package var confidence: Double

    package init(type: RequirementType, category: NFRCategory?, confidence: Double) {
        self.type = type
        self.category = category
        self.confidence = confidence
    }

    /// The PROMISE class code of this decision: `F`, or the category code.
    ///
    /// A constraint that names no quality is counted as operational (`O`): it restricts the
    /// environment the system is built or run in.
    package var promiseCode: String {
        if let category { return category.promiseCode }
        return type == .functional ? "F" : NFRCategory.operational.promiseCode
    }
}
