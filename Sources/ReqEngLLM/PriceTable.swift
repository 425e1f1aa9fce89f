import Foundation

/// USD prices per token by model, from a versioned JSON file (`prices/llm-prices.json`, `--prices FILE`).
///
/// ```json
/// { "version": "2025-06-01",
///   "models": [ { "pattern": "gpt-4o-mini*", "input_usd_per_token": 0.00000015,
///                 "output_usd_per_token": 0.0000006, "effective_date": "2024-07-18" } ] }
/// ```
/// A pattern is a model name where `*` matches any run of characters. Of the entries whose pattern
/// matches and whose `effective_date` is not after the run date, the most specific pattern (most
/// literal characters) wins, then the latest date. A model no entry matches costs 0.
package struct PriceTable: Sendable, Hashable, Codable {
    /// One price, valid from its date until a later entry for the same pattern.
    package struct Entry: Sendable, Hashable, Codable {
        package var pattern: String
        package var inputUSDPerToken: Double
        package var outputUSDPerToken: Double
        /// `YYYY-MM-DD`.
        package var effectiveDate: String

        package init(pattern: String, inputUSDPerToken: Double, outputUSDPerToken: Double, effectiveDate: String) {
            self.pattern = pattern
            self.inputUSDPerToken = inputUSDPerToken
            self.outputUSDPerToken = outputUSDPerToken
            self.effectiveDate = effectiveDate
        }

        enum CodingKeys: String, CodingKey {
            case pattern
            case inputUSDPerToken = "input_usd_per_token"
            case outputUSDPerToken = "output_usd_per_token"
            case effectiveDate = "effective_date"
        }
    }

    package var version: String
    package var models: [Entry]

    package init(version: String, models: [Entry]) {
        self.version = version
        self.models = models
    }

    /// An empty table: everything costs 0.
    package static let empty = PriceTable(version: "none", models: [])

    /// Reads and checks a price file; the error message names the file and what is wrong.
    package static func load(path: String) throws(PriceTableError) -> PriceTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PriceTableError(message: "cannot read the price table '\(path)'")
        }
        return try decode(data, source: path)
    }

    /// Decodes and checks a price table's JSON; `source` names it in error messages.
    package static func decode(_ data: Data, source path: String) throws(PriceTableError) -> PriceTable {
        let table: PriceTable
        do {
            table = try JSONDecoder().decode(PriceTable.self, from: data)
        } catch {
            throw PriceTableError(message: "the price table '\(path)' is not valid: \(error)")
        }
        for entry in table.models {
            guard entry.inputUSDPerToken >= 0, entry.outputUSDPerToken >= 0, entry.inputUSDPerToken.isFinite,
                entry.outputUSDPerToken.isFinite
            else {
                throw PriceTableError(message: "the price table '\(path)' has a negative price for '\(entry.pattern)'")
            }
            guard entry.effectiveDate.count == 10, entry.effectiveDate.split(separator: "-").count == 3 else {
                throw PriceTableError(
                    message: "the price table '\(path)' has effective_date '\(entry.effectiveDate)' for "
                        + "'\(entry.pattern)'; use YYYY-MM-DD")
            }
        }
        return table
    }

    /// The entry pricing `model` on `date` (`YYYY-MM-DD`), or `nil` when the model is unknown.
    package func entry(for model: String, on date: String) -> Entry? {
        models.filter { $0.effectiveDate <= date && Self.matches(model, pattern: $0.pattern) }
            .max { lhs, rhs in
                let left = lhs.pattern.filter { $0 != "*" }.count
                let right = rhs.pattern.filter { $0 != "*" }.count
                return left != right ? left < right : lhs.effectiveDate < rhs.effectiveDate
            }
    }

    /// Cost in USD of one response; 0 for an unknown model.
    package func cost(model: String, usage: TokenUsage, on date: String) -> Double {
        guard let entry = entry(for: model, on: date) else { return 0 }
        return Double(usage.promptTokens) * entry.inputUSDPerToken
            + Double(usage.completionTokens) * entry.outputUSDPerToken
    }

    /// Glob match with `*` only.
    static func matches(_ name: String, pattern: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return name == pattern }
        var rest = Substring(name)
        guard let first = parts.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let range = rest.range(of: middle) else { return false }
            rest = rest[range.upperBound...]
        }
        guard let last = parts.last else { return true }
        return rest.hasSuffix(last)
    }
}

/// A price table that cannot be used.
package struct PriceTableError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
