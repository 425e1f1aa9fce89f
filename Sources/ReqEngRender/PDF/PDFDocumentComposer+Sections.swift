import ReqEngModel

/// The seven numbered sections of the ISO/IEC/IEEE 29148 layout, in the order of the Markdown RD.
extension PDFDocumentComposer {
    func composeSections(_ flow: inout PageFlow) {
        let anchors = requirementAnchors
        composeIntroduction(&flow)
        composeRequirements(&flow, anchors: anchors)
        composeInferred(&flow, anchors: anchors)
        composeFindings(&flow, anchors: anchors)
        composeQuestions(&flow, anchors: anchors)
        composeGlossary(&flow)
        composeTraceability(&flow, anchors: anchors)
    }

    /// Requirement id to the anchor of its table row (the first row with that id).
    var requirementAnchors: [String: String] {
        var anchors: [String: String] = [:]
        for (index, requirement) in document.requirements.enumerated() where anchors[requirement.id] == nil {
            anchors[requirement.id] = "req-\(index + 1)"
        }
        return anchors
    }

    private func none(_ flow: inout PageFlow, _ text: String) {
        flow.paragraph([PDFTextRun(text)], style: .note, alignment: .left)
    }

    private func composeIntroduction(_ flow: inout PageFlow) {
        flow.heading(number: "1", title: "Introduction", level: 1, anchor: "sec-1")
        flow.heading(number: "1.1", title: "Purpose", level: 2, anchor: "sec-1-1")
        flow.paragraph([PDFTextRun(document.purpose)])
        flow.heading(number: "1.2", title: "Scope", level: 2, anchor: "sec-1-2")
        flow.paragraph([PDFTextRun(document.scope)])
        flow.heading(number: "1.3", title: "Stakeholders", level: 2, anchor: "sec-1-3")
        if document.stakeholders.isEmpty {
            none(&flow, "No stakeholders were identified.")
        } else {
            let rows = document.stakeholders.map { person in
                PDFTable.Row(cells: [
                    [PDFTextRun(person.name, .bold)], [PDFTextRun(person.role ?? "—")],
                    [PDFTextRun(person.sessions.joined(separator: ", "))], [PDFTextRun(String(person.turns))],
                ])
            }
            flow.table(
                PDFTable(
                    columns: [
                        .init(title: "Name", weight: 3), .init(title: "Role", weight: 3),
                        .init(title: "Sessions", weight: 5), .init(title: "Turns", weight: 1, alignment: .right),
                    ], rows: rows))
        }
        flow.heading(number: "1.4", title: "Sources", level: 2, anchor: "sec-1-4")
        if document.sessions.isEmpty {
            none(&flow, "No transcripts were read.")
        } else {
            let rows = document.sessions.map { session in
                PDFTable.Row(cells: [
                    [PDFTextRun(session.id, .bold)], [PDFTextRun(session.title ?? "—")],
                    [PDFTextRun(session.date ?? "—")],
                    [PDFTextRun(session.format.rawValue)], [PDFTextRun(session.source)],
                    [PDFTextRun(String(session.turns))],
                ])
            }
            flow.table(
                PDFTable(
                    columns: [
                        .init(title: "Session", weight: 3), .init(title: "Title", weight: 4),
                        .init(title: "Date", weight: 2.2), .init(title: "Format", weight: 1.6),
                        .init(title: "File", weight: 4), .init(title: "Turns", weight: 1.2, alignment: .right),
                    ], rows: rows))
        }
    }

    private func composeRequirements(_ flow: inout PageFlow, anchors: [String: String]) {
        let stated = document.requirements.filter { !$0.inferred }
        flow.heading(number: "2", title: "Requirements", level: 1, anchor: "sec-2", keepWithNext: 300)
        flow.paragraph([
            PDFTextRun(
                "\(stated.count) requirement(s) were stated in the sessions. Each row gives the MoSCoW priority, the "
                    + "engine's confidence (0 to 1) and the first source (session #turn, speaker); section 7 lists all "
                    + "sources. Inferred requirements are in section 3.")
        ])
        var bars = [
            PDFBarChart.Bar(label: "Functional", value: document.requirements.filter { $0.type == .functional }.count)
        ]
        for category in NFRCategory.allCases {
            bars.append(
                .init(
                    label: "\(category.displayName) (\(category.promiseCode))",
                    value: document.requirements.filter { $0.type == .nonFunctional && $0.category == category }.count))
        }
        let uncategorised = document.requirements.filter { $0.type == .nonFunctional && $0.category == nil }.count
        if uncategorised > 0 { bars.append(.init(label: "Non-functional, other", value: uncategorised)) }
        bars.append(.init(label: "Constraint", value: document.requirements.filter { $0.type == .constraint }.count))
        flow.barChart(PDFBarChart(caption: "Figure 1. Requirements by category (stated and inferred)", bars: bars))

        flow.heading(number: "2.1", title: "Functional requirements", level: 2, anchor: "sec-2-1")
        requirementTable(
            &flow, stated.filter { $0.type == .functional }, anchors: anchors,
            empty: "No functional requirements were stated.")
        flow.heading(number: "2.2", title: "Non-functional requirements", level: 2, anchor: "sec-2-2")
        let nonFunctional = stated.filter { $0.type == .nonFunctional }
        if nonFunctional.isEmpty { none(&flow, "No non-functional requirements were stated.") }
        var groups = NFRCategory.allCases.map { category in
            (category.displayName + " (\(category.promiseCode))", nonFunctional.filter { $0.category == category })
        }
        groups.append(("Other", nonFunctional.filter { $0.category == nil }))
        var number = 0
        for (title, requirements) in groups where !requirements.isEmpty {
            number += 1
            flow.heading(number: "2.2.\(number)", title: title, level: 3, anchor: "sec-2-2-\(number)")
            requirementTable(&flow, requirements, anchors: anchors, empty: "")
        }
        flow.heading(number: "2.3", title: "Constraints", level: 2, anchor: "sec-2-3")
        requirementTable(
            &flow, stated.filter { $0.type == .constraint }, anchors: anchors, empty: "No constraints were stated.")
    }

    private func composeInferred(_ flow: inout PageFlow, anchors: [String: String]) {
        let inferred = document.requirements.filter(\.inferred)
        flow.heading(number: "3", title: "Inferred requirements", level: 1, anchor: "sec-3")
        flow.paragraph([
            PDFTextRun(
                "Nobody stated these requirements; the engine derived them from what was said (for example, a login "
                    + "implies authentication and session security). Each is tinted and carries its rationale. Confirm "
                    + "or reject them with the stakeholders before the document is baselined.")
        ])
        requirementTable(&flow, inferred, anchors: anchors, empty: "No requirements were inferred.")
    }

    private func composeFindings(_ flow: inout PageFlow, anchors: [String: String]) {
        flow.heading(number: "4", title: "Quality findings", level: 1, anchor: "sec-4", keepWithNext: 120)
        flow.paragraph([
            PDFTextRun(
                "\(document.issues.count) finding(s) from the quality rules (INCOSE, ISO/IEC/IEEE 29148, NASA ARM), "
                    + "by severity. Errors should be resolved before the requirements are agreed.")
        ])
        let colors: [Severity: PDFColor] = [.error: .error, .warning: .warning, .info: .info]
        let titles: [Severity: String] = [.error: "Errors", .warning: "Warnings", .info: "Information"]
        flow.barChart(
            PDFBarChart(
                caption: "Figure 2. Quality findings by severity",
                bars: Severity.allCases.map { severity in
                    .init(
                        label: titles[severity] ?? severity.rawValue,
                        value: document.issues.filter { $0.severity == severity }.count,
                        color: colors[severity] ?? .barFill)
                }))
        for (index, severity) in Severity.allCases.enumerated() {
            flow.heading(
                number: "4.\(index + 1)", title: titles[severity] ?? severity.rawValue, level: 2,
                anchor: "sec-4-\(index + 1)")
            let issues = document.issues.filter { $0.severity == severity }
            if issues.isEmpty {
                none(&flow, "No findings of this severity.")
                continue
            }
            let rows = issues.map { issue in
                var row = PDFTable.Row(cells: [
                    [PDFTextRun(issue.id, .bold)],
                    [PDFTextRun(([issue.requirementID ?? "—"] + issue.relatedRequirementIDs).joined(separator: ", "))],
                    [PDFTextRun(issue.rule)], [PDFTextRun(issue.message)],
                ])
                if let id = issue.requirementID, let anchor = anchors[id] { row.links[1] = anchor }
                return row
            }
            flow.table(
                PDFTable(
                    columns: [
                        .init(title: "ID", weight: 1.3), .init(title: "Requirement", weight: 2.1),
                        .init(title: "Rule", weight: 3.4), .init(title: "Message", weight: 7.4),
                    ], rows: rows))
            // Each suggestion once, after the table, with the findings it answers.
            let advice = FindingAdvice.grouped(issues)
            guard !advice.isEmpty else { continue }
            flow.keep(40)
            flow.paragraph([PDFTextRun("What to do", .bold)], alignment: .left, after: 3)
            for item in advice {
                flow.paragraph(
                    [PDFTextRun(item.findingIDs.joined(separator: ", ") + ": ", .bold), PDFTextRun(item.suggestion)],
                    alignment: .left, after: 3)
            }
        }
    }
}
