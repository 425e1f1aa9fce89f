import ReqEngModel

/// A design team's "it" is the product it designs: "It should be dishwasher safe" said in a meeting
/// about a bottle is "The bottle shall be dishwasher safe", not "The system …".
extension ExtractionAgent {
    /// `candidates` with "The system" that opens a statement from a meeting with a known product
    /// (``ConversationContext/product``) named as that product, unless the speaker said "system".
    static func namingProduct(_ candidates: [Requirement], products: [String: String]) -> [Requirement] {
        guard !products.isEmpty else { return candidates }
        let opening = "The system "
        return candidates.map { candidate in
            guard !candidate.inferred, candidate.statement.hasPrefix(opening),
                let product = candidate.sourceRefs.first.flatMap({ products[$0.sessionID] }),
                !candidate.sourceRefs.contains(where: { $0.quote.lowercased().contains("system") })
            else { return candidate }
            var named = candidate
            named.statement = "The " + product + " " + candidate.statement.dropFirst(opening.count)
            if candidate.title == RequirementTitle.title(of: candidate.statement) {
                named.title = RequirementTitle.title(of: named.statement)
            }
            return named
        }
    }
}
