/// A follow-up question for a stakeholder, raised by an open finding.
public struct Question: Sendable, Codable, Hashable, Identifiable {
    /// `Q-nnn`, numbered in document order.
    public var id: String
    /// The stakeholder whose words raised the question.
    public var addressee: String
    public var text: String
    public var requirementID: String?
    public var issueID: String?

    public init(id: String, addressee: String, text: String, requirementID: String? = nil, issueID: String? = nil) {
        self.id = id
        self.addressee = addressee
        self.text = text
        self.requirementID = requirementID
        self.issueID = issueID
    }

    enum CodingKeys: String, CodingKey {
        case id, addressee, text
        case requirementID = "requirement_id"
        case issueID = "issue_id"
    }
}
