import ReqEngModel

/// What to do about a set of findings, each distinct suggestion once with the findings it answers,
/// in the order the suggestions first occur. The findings tables of the Markdown and PDF documents
/// list messages only; the advice follows, so a suggestion repeated on twenty findings is read once.
struct FindingAdvice: Equatable {
    var findingIDs: [String]
    var suggestion: String

    static func grouped(_ issues: [QualityIssue]) -> [FindingAdvice] {
        var order: [String] = []
        var ids: [String: [String]] = [:]
        for issue in issues where !issue.suggestion.isEmpty {
            if ids[issue.suggestion] == nil { order.append(issue.suggestion) }
            ids[issue.suggestion, default: []].append(issue.id)
        }
        return order.map { FindingAdvice(findingIDs: ids[$0] ?? [], suggestion: $0) }
    }
}
