import Mustache

/// A view value that Mustache templates read by name through a table, not by reflection.
///
/// Without it Mustache finds every `{{name}}` with `Mirror`, and a name missing from a row (an
/// optional that is `nil`) is looked up again, by reflection, in every enclosing value. That made
/// a Markdown RD a tenth of a run's CPU time and a run page of 5,000 projects take seconds.
///
/// A conforming type lists every stored property (a test checks each one), so a name it does not
/// list is `nil` exactly where reflection would have found nothing, and an optional that is `nil`
/// is `nil` as well; Mustache then goes on to the enclosing context, as before.
package protocol TemplateFields: MustacheParent {
    static var templateFields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateFields {
    package func child(named name: String) -> Any? {
        Self.templateFields[name]?(self)
    }
}
