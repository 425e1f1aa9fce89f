import ReqEngModel

/// A need rewritten as one requirement statement, with its parts.
package struct NormalizedStatement: Sendable, Hashable {
    /// "system", a role in the singular ("receptionist"), or `nil` when the subject is a thing
    /// ("all reports must be signed").
    package var actor: String?
    /// The verb phrase ("send a reminder the day before").
    package var action: String
    package var condition: String?
    package var negated: Bool
    /// The statement's subject as it will be written ("The system", "Receptionists", "All reports").
    package var subject: String

    /// "The system shall send ...", with the modal chosen by priority.
    package func statement(priority: Priority) -> String {
        var modal: String
        switch priority {
        case .must: modal = negated ? "shall not" : "shall"
        case .should: modal = negated ? "should not" : "should"
        case .could: modal = negated ? "may not" : "may"
        case .wont: modal = "will not"
        }
        var text = "\(subject) \(modal) \(action)"
        if let condition { text += " \(condition)" }
        return TextCleanup.trim(text, " ,.;") + "."
    }
}
