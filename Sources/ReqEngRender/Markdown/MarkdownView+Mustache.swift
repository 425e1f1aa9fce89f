import Mustache
import ReqEngModel

// Named lookups for the `rd.md` template.
//
// Without these, Mustache finds every `{{name}}` by reflecting over the value (`Mirror`), which
// took about a tenth of a whole run's CPU time on 80-turn transcripts. Each type answers by name
// instead: the view types list all of theirs, so `nil` means what reflection would
// have said; the wrappers of model types list the names the shipped template uses and fall back
// to reflection for any other (a custom `--templates` may read any property), so nothing a
// template could see before is hidden. The golden Markdown files pin the result.

extension MarkdownView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "document": ModelContext(value: document, fields: documentFields)
        case "stated": stated
        case "inferred": inferred
        case "findingGroups": findingGroups
        case "questionGroups": questionGroups
        case "traceability": traceability
        case "counts": counts
        case "stakeholders": stakeholders
        case "sessions": sessions
        case "hasStakeholders": hasStakeholders
        case "hasGlossary": hasGlossary
        default: nil
        }
    }
}

extension MarkdownView.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "heading": heading
        case "requirements": requirements
        default: nil
        }
    }
}

extension MarkdownView.RequirementRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "statement": statement
        case "kind": kind
        case "priority": priority
        case "confidence": confidence
        case "actor": actor
        case "action": action
        case "condition": condition
        case "criteria": criteria
        case "hasCriteria": hasCriteria
        case "sources": sources
        case "rationale": rationale
        case "sourceList": sourceList
        default: nil
        }
    }
}

extension MarkdownView.SourceRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "session": session
        case "turn": turn
        case "speaker": speaker
        case "quote": quote
        default: nil
        }
    }
}

extension MarkdownView.FindingGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": severity
        case "findings": findings.map { ModelContext(value: $0, fields: findingFields) }
        default: nil
        }
    }
}

extension MarkdownView.QuestionGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "addressee": addressee
        case "questions": questions.map { ModelContext(value: $0, fields: questionFields) }
        default: nil
        }
    }
}

/// A model value as the template sees it: the fields in `fields` answered directly, any other
/// name by reflection.
private struct ModelContext<Value>: MustacheParent {
    let value: Value
    let fields: [String: @Sendable (Value) -> Any?]

    func child(named name: String) -> Any? {
        if let field = fields[name] { return field(value) }
        return reflectedChild(of: value, named: name)
    }
}

/// The document's own fields the template reads (`document.title`, `document.run.engine`, …).
private let documentFields: [String: @Sendable (RequirementsDocument) -> Any?] = [
    "title": { $0.title }, "project": { $0.project }, "schemaVersion": { $0.schemaVersion },
    "purpose": { $0.purpose }, "scope": { $0.scope },
    "run": { ModelContext(value: $0.run, fields: runFields) },
    "glossary": { $0.glossary.map { ModelContext(value: $0, fields: glossaryFields) } },
]

private let runFields: [String: @Sendable (DocumentRunInfo) -> Any?] = [
    "generatedAt": { $0.generatedAt }, "engine": { $0.engine }, "model": { $0.model },
    "toolVersion": { $0.toolVersion },
]

private let glossaryFields: [String: @Sendable (GlossaryEntry) -> Any?] = [
    "term": { $0.term }, "definition": { $0.definition },
]

private let findingFields: [String: @Sendable (QualityIssue) -> Any?] = [
    "id": { $0.id }, "requirementID": { $0.requirementID }, "rule": { $0.rule }, "message": { $0.message },
    "suggestion": { $0.suggestion },
]

private let questionFields: [String: @Sendable (Question) -> Any?] = [
    "id": { $0.id }, "text": { $0.text }, "requirementID": { $0.requirementID },
]

/// What Mustache itself finds for `name` on a value it reflects: the stored property of that
/// name, with an optional unwrapped (`nil` lets the lookup continue in the enclosing context).
private func reflectedChild(of value: Any, named name: String) -> Any? {
    guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name })?.value else {
        return nil
    }
    let optional = Mirror(reflecting: child)
    guard optional.displayStyle == .optional else { return child }
    return optional.children.first?.value
}
