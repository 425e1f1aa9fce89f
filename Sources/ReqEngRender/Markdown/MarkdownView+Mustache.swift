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
        case "document": DocumentContext(document: document)
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
        case "findings": findings.map(FindingContext.init)
        default: nil
        }
    }
}

extension MarkdownView.QuestionGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "addressee": addressee
        case "questions": questions.map(QuestionContext.init)
        default: nil
        }
    }
}

/// The document's own fields the template reads (`document.title`, `document.run.engine`, …).
private struct DocumentContext: MustacheParent {
    let document: RequirementsDocument

    func child(named name: String) -> Any? {
        switch name {
        case "title": document.title
        case "project": document.project
        case "run": RunContext(run: document.run)
        case "schemaVersion": document.schemaVersion
        case "purpose": document.purpose
        case "scope": document.scope
        case "glossary": document.glossary.map(GlossaryContext.init)
        default: reflectedChild(of: document, named: name)
        }
    }
}

private struct RunContext: MustacheParent {
    let run: DocumentRunInfo

    func child(named name: String) -> Any? {
        switch name {
        case "generatedAt": run.generatedAt
        case "engine": run.engine
        case "model": run.model
        case "toolVersion": run.toolVersion
        default: reflectedChild(of: run, named: name)
        }
    }
}

private struct GlossaryContext: MustacheParent {
    let entry: GlossaryEntry

    func child(named name: String) -> Any? {
        switch name {
        case "term": entry.term
        case "definition": entry.definition
        default: reflectedChild(of: entry, named: name)
        }
    }
}

private struct FindingContext: MustacheParent {
    let issue: QualityIssue

    func child(named name: String) -> Any? {
        switch name {
        case "id": issue.id
        case "requirementID": issue.requirementID
        case "rule": issue.rule
        case "message": issue.message
        case "suggestion": issue.suggestion
        default: reflectedChild(of: issue, named: name)
        }
    }
}

private struct QuestionContext: MustacheParent {
    let question: Question

    func child(named name: String) -> Any? {
        switch name {
        case "id": question.id
        case "text": question.text
        case "requirementID": question.requirementID
        default: reflectedChild(of: question, named: name)
        }
    }
}

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
