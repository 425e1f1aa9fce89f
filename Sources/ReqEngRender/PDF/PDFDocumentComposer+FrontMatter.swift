import ReqEngModel

/// The title page and the table of contents.
extension PDFDocumentComposer {
    /// Project, title, date, version, engine and the counts a reviewer checks first.
    func composeTitlePage() -> PDFPage {
        var flow = PageFlow(engine: engine, frame: frame)
        flow.space(70)
        flow.add(.fill(PDFFill(x: frame.left, y: flow.y, width: 64, height: 4, color: .accent)))
        flow.space(16)
        flow.paragraph([PDFTextRun("REQUIREMENTS DOCUMENT")], style: .subtitle, alignment: .left, after: 10)
        flow.paragraph([PDFTextRun(document.title)], style: .title, alignment: .left, after: 10)
        flow.paragraph([PDFTextRun("Project \(document.project)")], style: .subtitle, alignment: .left, after: 4)
        flow.paragraph(
            [PDFTextRun("Software requirements specification following ISO/IEC/IEEE 29148")], style: .note,
            alignment: .left, after: 60)

        let stated = document.requirements.filter { !$0.inferred }
        let inferred = document.requirements.count - stated.count
        let byType = RequirementType.allCases.map { type in
            "\(stated.filter { $0.type == type }.count) \(type.displayName.lowercased())"
        }
        let bySeverity = Severity.allCases.map { severity in
            "\(document.issues.filter { $0.severity == severity }.count) \(severity.rawValue)"
        }
        let engineName = document.run.model.map { "\(document.run.engine) (model \($0))" } ?? document.run.engine
        let facts: [(String, String)] = [
            ("Project", document.project),
            ("Date", displayDate),
            ("Version", "reqeng \(document.run.toolVersion), document schema \(document.schemaVersion)"),
            ("Engine", "\(engineName), \(document.run.refinementPasses) refinement pass(es)"),
            ("Sessions", "\(document.sessions.count)"),
            ("Stakeholders", "\(document.stakeholders.count)"),
            ("Requirements", "\(document.requirements.count): \(byType.joined(separator: ", ")), \(inferred) inferred"),
            ("Quality findings", "\(document.issues.count): \(bySeverity.joined(separator: ", "))"),
            ("Open questions", "\(document.questions.count)"),
            ("Glossary terms", "\(document.glossary.count)"),
        ]
        let rows = facts.map { PDFTable.Row(cells: [[PDFTextRun($0.0, .bold)], [PDFTextRun($0.1)]]) }
        flow.table(
            PDFTable(
                columns: [.init(title: "", weight: 1), .init(title: "", weight: 3)], rows: rows, showHeader: false,
                cellStyle: .body))
        flow.space(40)
        flow.paragraph(
            [
                PDFTextRun(
                    "Stated requirements trace to the session, turn and speaker they were heard from (section 7). "
                        + "Requirements the engine inferred are listed apart in section 3, tinted, with the reason "
                        + "they are implied; they need a stakeholder's confirmation.")
            ], style: .note, alignment: .left)
        return flow.pages.first ?? PDFPage()
    }

    /// The contents pages: one clickable line per section and subsection, with dot leaders and page numbers.
    func composeContents(_ headings: [PageFlow.Heading], pageOffset: Int) -> PageFlow {
        var flow = PageFlow(engine: engine, frame: frame)
        flow.add(.anchor(PDFAnchor(name: "contents", x: frame.left, y: frame.top)))
        let runs = [PDFTextRun("Contents")]
        let titleHeight = engine.measure(runs, style: .heading1, width: frame.width).height
        flow.add(
            .text(
                PDFTextBox(
                    x: frame.left, y: flow.y, width: frame.width, height: titleHeight, style: .heading1,
                    alignment: .left, runs: runs)))
        flow.space(titleHeight + 3)
        flow.add(
            .rule(PDFRule(x1: frame.left, y1: flow.y, x2: frame.right, y2: flow.y, lineWidth: 0.8, color: .accent)))
        flow.space(12)
        let numberWidth = 40.0
        let pageWidth = 36.0
        for heading in headings where heading.level <= 2 {
            let style: PDFTextStyle = heading.level == 1 ? .tocLevel1 : .tocLevel2
            let indent = heading.level == 1 ? 0 : 18.0
            let textLeft = frame.left + indent + numberWidth
            let textWidth = frame.width - indent - numberWidth - pageWidth - 8
            let title = [PDFTextRun(heading.title)]
            let height = engine.measure(title, style: style, width: textWidth).height
            if heading.level == 1 { flow.space(5) }
            flow.keep(height)
            let top = flow.y
            flow.add(
                .text(
                    PDFTextBox(
                        x: frame.left + indent, y: top, width: numberWidth, height: height, style: style,
                        alignment: .left, runs: [PDFTextRun(heading.number)])))
            flow.add(
                .text(
                    PDFTextBox(
                        x: textLeft, y: top, width: textWidth, height: height, style: style, alignment: .left,
                        runs: title)))
            let page = String(heading.page + pageOffset)
            flow.add(
                .text(
                    PDFTextBox(
                        x: frame.right - pageWidth, y: top + height - style.size * 1.17, width: pageWidth,
                        height: style.size * 1.17, style: style, alignment: .right, runs: [PDFTextRun(page)])))
            let lastLineWidth = min(engine.naturalWidth(title, style: style), textWidth)
            let leaderStart = textLeft + (height > style.size * 1.5 ? 0 : lastLineWidth) + 6
            let leaderEnd = frame.right - engine.naturalWidth([PDFTextRun(page)], style: style) - 6
            if leaderEnd > leaderStart + 10 {
                let baseline = top + height - style.size * 0.3
                flow.add(
                    .rule(
                        PDFRule(
                            x1: leaderStart, y1: baseline, x2: leaderEnd, y2: baseline, lineWidth: 0.6, color: .rule,
                            dotted: true)))
            }
            flow.add(
                .link(PDFLink(x: frame.left, y: top, width: frame.width, height: height, destination: heading.anchor)))
            flow.space(height + 3)
        }
        return flow
    }
}
