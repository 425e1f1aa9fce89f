import Foundation

/// The `--json` shape of every `reqeng eval` report: pretty-printed, keys sorted, newline-ended.
extension Encodable {
    package func evaluationJSONText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}
