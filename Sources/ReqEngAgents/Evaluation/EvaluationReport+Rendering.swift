import Foundation
import ReqEngModel

extension EvaluationReport {
    /// The report as JSON with sorted keys (the `--json` contract), ending with a newline.
    package func jsonText() -> String { evaluationJSONText() }

    /// A plain-text table for people.
    package func table() -> String {
        var lines: [String] = []
        lines.append("Requirements evaluated: \(count)")
        lines.append("")
        lines.append("Functional vs non-functional")
        lines.append(Self.header)
        lines.append(Self.row("functional", binary.functional))
        lines.append(Self.row("non_functional", binary.nonFunctional))
        lines.append("")
        lines.append("NFR categories (rows with an NFR gold label)")
        lines.append(Self.header)
        for category in NFRCategory.allCases {
            let code = category.promiseCode
            if let metrics = categories.perClass[code] {
                lines.append(Self.row("\(code) \(category.rawValue)", metrics))
            }
        }
        lines.append("")
        lines.append("macro F1    \(Self.format(categories.macroF1))")
        lines.append("weighted F1 \(Self.format(categories.weightedF1))")
        return lines.joined(separator: "\n") + "\n"
    }

    private static let header = "class                  precision  recall      f1  support"

    private static func row(_ name: String, _ metrics: ClassMetrics) -> String {
        let padded = name.count >= 22 ? name : name + String(repeating: " ", count: 22 - name.count)
        let support = String(metrics.support)
        return padded + " "
            + [metrics.precision, metrics.recall, metrics.f1].map { pad(format($0), 9) }.joined(
                separator: " ") + " " + pad(support, 8)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// Three decimals.
    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
