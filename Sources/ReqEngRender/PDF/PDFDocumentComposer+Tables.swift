import ReqEngModel

/// Sections 5 to 7 and the requirement table shared by sections 2 and 3.
extension PDFDocumentComposer {
    /// Open questions grouped per addressee, in order of first appearance.
    func composeQuestions(_ flow: inout PageFlow, anchors: [String: String]) {
        flow.heading(number: "5", title: "Open questions", level: 1, anchor: "sec-5")
        var addressees: [String] = []
        for question in document.questions where !addressees.contains(question.addressee) {
            addressees.append(question.addressee)
        }
        if addressees.isEmpty {
            flow.paragraph([PDFTextRun("No questions are open.")], style: .note, alignment: .left)
        }
        for (index, addressee) in addressees.enumerated() {
            flow.heading(number: "5.\(index + 1)", title: addressee, level: 2, anchor: "sec-5-\(index + 1)")
            let rows = document.questions.filter { $0.addressee == addressee }.map { question in
                var row = PDFTable.Row(cells: [
                    [PDFTextRun(question.id, .bold)], [PDFTextRun(question.text)],
                    [PDFTextRun(question.requirementID ?? "—")], [PDFTextRun(question.issueID ?? "—")],
                ])
                if let id = question.requirementID, let anchor = anchors[id] { row.links[2] = anchor }
                return row
            }
            flow.table(
                PDFTable(
                    columns: [
                        .init(title: "ID", weight: 1.1), .init(title: "Question", weight: 8),
                        .init(title: "Requirement", weight: 1.9), .init(title: "Finding", weight: 1.5),
                    ], rows: rows))
        }
    }

    func composeGlossary(_ flow: inout PageFlow) {
        flow.heading(number: "6", title: "Glossary", level: 1, anchor: "sec-6")
        guard !document.glossary.isEmpty else {
            flow.paragraph([PDFTextRun("No domain terms were collected.")], style: .note, alignment: .left)
            return
        }
        let rows = document.glossary.map { entry in
            PDFTable.Row(cells: [
                [PDFTextRun(entry.term, .bold)], [PDFTextRun(entry.definition)],
                [PDFTextRun(String(entry.occurrences))],
            ])
        }
        flow.table(
            PDFTable(
                columns: [
                    .init(title: "Term", weight: 2.5), .init(title: "Definition", weight: 8),
                    .init(title: "Occurrences", weight: 1.6, alignment: .right),
                ], rows: rows))
    }

    /// One row per source reference: requirement to session, turn and speaker.
    func composeTraceability(_ flow: inout PageFlow, anchors: [String: String]) {
        flow.heading(number: "7", title: "Traceability matrix", level: 1, anchor: "sec-7")
        guard !document.requirements.isEmpty else {
            flow.paragraph([PDFTextRun("There are no requirements to trace.")], style: .note, alignment: .left)
            return
        }
        var rows: [PDFTable.Row] = []
        for requirement in document.requirements {
            let refs: [SourceRef?] = requirement.sourceRefs.isEmpty ? [nil] : requirement.sourceRefs
            for (index, ref) in refs.enumerated() {
                var row = PDFTable.Row(cells: [
                    index == 0 ? [PDFTextRun(requirement.id, .bold)] : [],
                    index == 0 ? [PDFTextRun(requirement.title)] : [],
                    [PDFTextRun(ref?.sessionID ?? (requirement.inferred ? "inferred" : "—"))],
                    [PDFTextRun(ref.map { String($0.turn) } ?? "—")],
                    [PDFTextRun(ref?.speaker ?? "—")],
                ])
                row.fill = requirement.inferred ? .inferredFill : nil
                if index == 0, let anchor = anchors[requirement.id] { row.links[0] = anchor }
                rows.append(row)
            }
        }
        flow.table(
            PDFTable(
                columns: [
                    .init(title: "Requirement", weight: 2), .init(title: "Title", weight: 5),
                    .init(title: "Session", weight: 3.2), .init(title: "Turn", weight: 1, alignment: .right),
                    .init(title: "Speaker", weight: 2.6),
                ], rows: rows))
    }

    /// The requirement table: id, type and category, priority, statement, confidence, first source.
    /// Inferred rows are tinted, tagged and carry their rationale under the statement.
    func requirementTable(
        _ flow: inout PageFlow, _ requirements: [Requirement], anchors: [String: String], empty: String
    ) {
        guard !requirements.isEmpty else {
            if !empty.isEmpty { flow.paragraph([PDFTextRun(empty)], style: .note, alignment: .left) }
            return
        }
        let rows = requirements.enumerated().map { _, requirement in
            var id = [PDFTextRun(requirement.id, .bold)]
            if requirement.inferred { id += [.lineBreak, PDFTextRun("inferred", .italic)] }
            // A category says the requirement is non-functional; the column stays narrow.
            let type = [
                PDFTextRun(
                    requirement.category.map { "\($0.displayName) (\($0.promiseCode))" } ?? requirement.type.displayName
                )
            ]
            var statement = [PDFTextRun(requirement.statement)]
            if !requirement.acceptanceCriteria.isEmpty {
                statement += [.lineBreak, PDFTextRun("Acceptance criteria:", .italic)]
                for criterion in requirement.acceptanceCriteria {
                    statement += [.lineBreak, PDFTextRun("– " + criterion)]
                }
            }
            if requirement.inferred, let rationale = requirement.rationale, !rationale.isEmpty {
                statement += [.lineBreak, PDFTextRun("Rationale: ", .bold), PDFTextRun(rationale, .italic)]
            }
            var source: [PDFTextRun] = [PDFTextRun("—")]
            if let first = requirement.sourceRefs.first {
                source = [PDFTextRun("\(first.sessionID) #\(first.turn)"), .lineBreak, PDFTextRun(first.speaker)]
                if requirement.sourceRefs.count > 1 {
                    source += [.lineBreak, PDFTextRun("+\(requirement.sourceRefs.count - 1) more", .italic)]
                }
            }
            return PDFTable.Row(
                cells: [
                    id, type, [PDFTextRun(requirement.priority.displayName)], statement,
                    [PDFTextRun(PDFNumber.format(requirement.confidence, decimals: 2))], source,
                ],
                fill: requirement.inferred ? .inferredFill : nil, anchor: anchors[requirement.id])
        }
        flow.table(
            PDFTable(
                columns: [
                    .init(title: "ID", weight: 1.6), .init(title: "Type / category", weight: 1.75),
                    .init(title: "Priority", weight: 1.15), .init(title: "Statement", weight: 4.95),
                    .init(title: "Conf.", weight: 0.85, alignment: .right), .init(title: "Source", weight: 1.75),
                ], rows: rows))
    }
}
