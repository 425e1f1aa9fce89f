import Mustache
import ReqEngModel

// Named lookups for the `rd.md` template (see ``TemplateFields``). The view types list all their
// properties; the wrappers of model types list the names the shipped template uses and fall back
// to reflection for any other (a custom `--templates` may read any property), so nothing a
// template could see before is hidden. The golden Markdown files pin the result.

extension MarkdownView: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "document": { ModelContext(value: $0.document, fields: documentFields) },
        "stated": { $0.stated }, "inferred": { $0.inferred }, "findingGroups": { $0.findingGroups },
        "questionGroups": { $0.questionGroups }, "traceability": { $0.traceability }, "counts": { $0.counts },
        "stakeholders": { $0.stakeholders }, "sessions": { $0.sessions }, "hasStakeholders": { $0.hasStakeholders },
        "hasGlossary": { $0.hasGlossary },
    ]
}

extension MarkdownView.Section: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "number": { $0.number }, "heading": { $0.heading }, "requirements": { $0.requirements },
        "marker": { $0.marker }, "itemMarker": { $0.itemMarker },
    ]
}

extension MarkdownView.RequirementRow: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "id": { $0.id }, "title": { $0.title }, "statement": { $0.statement }, "kind": { $0.kind },
        "priority": { $0.priority }, "confidence": { $0.confidence }, "actor": { $0.actor }, "action": { $0.action },
        "condition": { $0.condition }, "criteria": { $0.criteria }, "hasCriteria": { $0.hasCriteria },
        "sources": { $0.sources }, "rationale": { $0.rationale }, "sourceList": { $0.sourceList },
    ]
}

extension MarkdownView.SourceRow: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "session": { $0.session }, "turn": { $0.turn }, "speaker": { $0.speaker }, "quote": { $0.quote },
    ]
}

extension MarkdownView.FindingGroup: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "severity": { $0.severity },
        "findings": { $0.findings.map { ModelContext(value: $0, fields: findingFields) } },
        "advice": { $0.advice },
    ]
}

extension MarkdownView.AdviceRow: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "findings": { $0.findings }, "suggestion": { $0.suggestion },
    ]
}

extension MarkdownView.QuestionGroup: TemplateFields {
    static let templateFields: [String: @Sendable (Self) -> Any?] = [
        "addressee": { $0.addressee },
        "questions": { $0.questions.map { ModelContext(value: $0, fields: questionFields) } },
    ]
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
    "llmFallbacks": { $0.llmFallbacks.flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") } },
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
