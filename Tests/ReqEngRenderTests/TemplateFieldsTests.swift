import Mustache
import Testing

@testable import ReqEngRender

/// Every type that answers template lookups from a table must list each stored property, with its
/// value: a property left out would render empty without any error.
@Suite struct TemplateFieldsTests {
    /// The values of every conforming type, taken from the fixtures.
    static var samples: [(String, any TemplateFields)] {
        get throws {
            let report = ReportFixture.report
            let view = HTMLReportView(report)
            let index = ReportFixture.index
            let markdown = MarkdownView(DocumentFixture.document)
            let row = try #require(markdown.traceability.first { $0.actor != nil && !$0.sources.isEmpty })
            return [
                ("HTMLReportView", view), ("ChartView", view.confidenceChart),
                ("TrendView", try #require(view.trends.first)), ("AlertView", try #require(view.alerts.first)),
                ("HTMLIndexView", HTMLIndexView(index)), ("RunReport", report), ("Header", report.header),
                ("Tile", try #require(report.tiles.first)), ("AgentRow", try #require(report.agents.first)),
                ("Alert", try #require(report.alerts.first)), ("Project", try #require(report.projects.first)),
                ("Link", try #require(report.projects.first?.links.first)),
                ("InputError", try #require(report.inputErrors.first)),
                ("Finding", try #require(report.findings.first)), ("RunIndex", index),
                ("RunIndex.Row", try #require(index.runs.first)), ("MarkdownView", markdown),
                ("Section", try #require(markdown.stated.first)), ("RequirementRow", row),
                ("SourceRow", try #require(row.sources.first)),
                ("FindingGroup", try #require(markdown.findingGroups.first)),
                ("QuestionGroup", try #require(markdown.questionGroups.first)),
            ]
        }
    }

    @Test func everyStoredPropertyIsListedWithItsValue() throws {
        for (kind, value) in try Self.samples {
            let labels = Mirror(reflecting: value).children.compactMap(\.label)
            #expect(!labels.isEmpty, "\(kind) has properties")
            for (label, child) in Mirror(reflecting: value).children {
                guard let label else { continue }
                let reflected = Mirror(reflecting: child)
                let isNil = reflected.displayStyle == .optional && reflected.children.isEmpty
                let looked = value.child(named: label)
                #expect((looked == nil) == isNil, "\(kind).\(label)")
                // Model values reach the Markdown template wrapped for their own lookups.
                if let looked, !isNil, !String(describing: type(of: looked)).contains("ModelContext") {
                    #expect(String(describing: looked) == String(describing: unwrapped(child)), "\(kind).\(label)")
                }
            }
            #expect(Set(fieldNames(of: value)) == Set(labels), "\(kind) lists exactly its properties")
        }
    }

    private func fieldNames<Value: TemplateFields>(of value: Value) -> [String] {
        Array(Value.templateFields.keys)
    }

    private func unwrapped(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let first = mirror.children.first else { return value }
        return first.value
    }
}
