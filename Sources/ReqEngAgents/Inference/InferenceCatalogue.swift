import Foundation
import ReqEngBase

/// The rule catalogue of the inference agent, loaded from data and checked on load.
package struct InferenceCatalogue: Sendable, Codable, Hashable {
    /// Format version of the file; this build reads version 1.
    package var version: Int
    /// Rules in catalogue order, which is also the order of the `REQ-INF-nnn` ids.
    package var rules: [InferenceRule]

    /// File name (without `.json`) of the catalogue shipped with the tool.
    package static let resourceName = "inference-rules"

    package init(version: Int = 1, rules: [InferenceRule]) {
        self.version = version
        self.rules = rules
    }

    /// Where the catalogue shipped with the tool is compiled in (from
    /// `Sources/ReqEngAgents/Resources/inference-rules.json`, by the `EmbedResources` plugin).
    package static let embeddedPath = "rules/\(resourceName).json"

    /// Loads and checks the catalogue compiled into the executable, so it is there wherever the
    /// executable is copied.
    package static func bundled() throws(InferenceCatalogueError) -> InferenceCatalogue {
        guard let file = ResourceFile.embedded(embeddedPath) else {
            throw .missingResource(name: embeddedPath)
        }
        return try decode(file.data, source: file.origin)
    }

    /// Loads and checks a catalogue file.
    package static func load(contentsOf url: URL) throws(InferenceCatalogueError) -> InferenceCatalogue {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: "the file cannot be opened (\(error.localizedDescription))")
        }
        return try decode(data, source: url.path)
    }

    /// Decodes and checks catalogue JSON; `source` names the data in error messages.
    package static func decode(_ data: Data, source: String) throws(InferenceCatalogueError) -> InferenceCatalogue {
        let catalogue: InferenceCatalogue
        do {
            catalogue = try JSONDecoder().decode(InferenceCatalogue.self, from: data)
        } catch let error as DecodingError {
            throw .unreadable(path: source, reason: describe(error))
        } catch {
            throw .unreadable(path: source, reason: "\(error)")
        }
        guard catalogue.version == 1 else {
            throw .unreadable(path: source, reason: "format version \(catalogue.version) is not supported (expected 1)")
        }
        try catalogue.check()
        return catalogue
    }

    /// Rejects rules that could never fire, fire on everything, or carry impossible values.
    package func check() throws(InferenceCatalogueError) {
        var seen = Set<String>()
        for rule in rules {
            guard seen.insert(rule.id).inserted else {
                throw .invalidRule(id: rule.id, reason: "the id is used by more than one rule")
            }
            if rule.statement.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .invalidRule(id: rule.id, reason: "the statement is empty")
            }
            if rule.triggers.any.allSatisfy({ TokenizedText.tokenize($0).isEmpty }) {
                throw .invalidRule(id: rule.id, reason: "'triggers.any' has no phrase with a word in it")
            }
            if let unknown = rule.triggers.readers.first(where: { InferenceRule.Triggers.Reader(rawValue: $0) == nil })
            {
                let known = InferenceRule.Triggers.Reader.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                throw .invalidRule(
                    id: rule.id, reason: "'triggers.readers' names '\(unknown)'; known readers: \(known)")
            }
            if let stray = rule.triggers.means.first(where: { !rule.triggers.any.contains($0) }) {
                throw .invalidRule(id: rule.id, reason: "'triggers.means' names '\(stray)', which is not in 'any'")
            }
            if rule.triggers.requiresAll.contains(where: \.isEmpty) {
                throw .invalidRule(id: rule.id, reason: "a 'requires_all' group is empty")
            }
            if rule.coveredBy.isEmpty || rule.coveredBy.contains(where: \.isEmpty) {
                throw .invalidRule(id: rule.id, reason: "'covered_by' needs at least one non-empty phrase set")
            }
            if !(0...1).contains(rule.confidence) {
                throw .invalidRule(id: rule.id, reason: "confidence \(rule.confidence) is outside 0...1")
            }
            // A rule yields only to one that runs before it.
            if let unknown = (rule.yieldsTo ?? []).first(where: { !seen.contains($0) || $0 == rule.id }) {
                throw .invalidRule(
                    id: rule.id, reason: "'yields_to' names '\(unknown)', which is not a rule listed before it")
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "the top level" : keys
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "key '\(key.stringValue)' is missing at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong value at \(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            return "invalid JSON at \(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
