import Foundation
import ReqEngReport
import Testing

/// The report's alert rules and `deploy/prometheus/alerts.yml` must not drift apart: every rule the
/// report evaluates exists in the YAML with the same severity, and its threshold appears in the
/// rule's expression (the cost spike is judged against earlier runs, so only its name is shared).
@Suite struct AlertRulesFileTests {
    struct YAMLRule {
        var expression = ""
        var severity = ""
    }

    static func rules() throws -> [String: YAMLRule] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("deploy/prometheus/alerts.yml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rules: [String: YAMLRule] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- alert:") {
                let name = trimmed.dropFirst("- alert:".count).trimmingCharacters(in: .whitespaces)
                current = name
                rules[name] = YAMLRule()
            } else if let name = current, trimmed.hasPrefix("severity:") {
                rules[name]?.severity = trimmed.dropFirst("severity:".count).trimmingCharacters(in: .whitespaces)
            } else if let name = current, !trimmed.hasPrefix("#") {
                rules[name]?.expression += " " + trimmed
            }
        }
        return rules
    }

    @Test(arguments: AlertRule.catalog)
    func reportRuleMatchesTheYAML(rule: AlertRule) throws {
        let yaml = try #require(try Self.rules()[rule.name], "\(rule.name) is not in alerts.yml")
        #expect(yaml.severity == rule.severity.rawValue)
        guard rule.name != "LLMCostSpike" else { return }
        let threshold =
            rule.threshold == rule.threshold.rounded() ? String(Int(rule.threshold)) : String(rule.threshold)
        let comparison = rule.measure == .agentMeanConfidence ? "< \(threshold)" : "> \(threshold)"
        #expect(yaml.expression.contains(comparison), "\(rule.name): '\(comparison)' not in its expression")
    }
}
