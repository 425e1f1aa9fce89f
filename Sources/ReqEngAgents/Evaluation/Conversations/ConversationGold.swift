import Foundation
import ReqEngModel

/// Turn-level gold for one labelled conversation (`eval/LABELLING.md`): the requirements people
/// stated, in the labeller's words, with every turn that states or confirms each one.
package struct ConversationGold: Sendable, Hashable, Codable {
    /// Session id of the transcript the gold belongs to.
    package var conversation: String
    package var requirements: [GoldRequirement]
    package var conflicts: [GoldConflict]
    /// The inference rules (catalogue ids) the conversation implies, when labelled; `nil` when the
    /// labeller did not say, so inferred requirements are counted but not scored.
    package var inferences: [String]?

    package init(
        conversation: String, requirements: [GoldRequirement], conflicts: [GoldConflict] = [],
        inferences: [String]? = nil
    ) {
        self.conversation = conversation
        self.requirements = requirements
        self.conflicts = conflicts
        self.inferences = inferences
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        conversation = try container.decode(String.self, forKey: .conversation)
        requirements = try container.decode([GoldRequirement].self, forKey: .requirements)
        conflicts = try container.decodeIfPresent([GoldConflict].self, forKey: .conflicts) ?? []
        inferences = try container.decodeIfPresent([String].self, forKey: .inferences)
    }
}

/// One need as the labeller states it, with the turns that carry its final form.
package struct GoldRequirement: Sendable, Hashable, Codable {
    package var id: String
    package var statement: String
    package var type: RequirementType
    package var category: String?
    package var priority: Priority?
    /// Turns that state, restate, confirm or settle the final form (what matching uses).
    package var turns: [Int]
    /// Turns that stated a form later corrected (history only; never matched).
    package var supersededTurns: [Int]

    package init(
        id: String, statement: String, type: RequirementType, category: String? = nil, priority: Priority? = nil,
        turns: [Int], supersededTurns: [Int] = []
    ) {
        self.id = id
        self.statement = statement
        self.type = type
        self.category = category
        self.priority = priority
        self.turns = turns
        self.supersededTurns = supersededTurns
    }

    enum CodingKeys: String, CodingKey {
        case id, statement, type, category, priority, turns
        case supersededTurns = "superseded_turns"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        statement = try container.decode(String.self, forKey: .statement)
        type = try container.decode(RequirementType.self, forKey: .type)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        priority = try container.decodeIfPresent(Priority.self, forKey: .priority)
        turns = try container.decode([Int].self, forKey: .turns)
        supersededTurns = try container.decodeIfPresent([Int].self, forKey: .supersededTurns) ?? []
    }
}

/// Two statements that contradict each other about one property of the product. A conflict later
/// settled by an explicit correction is `resolved`: it should leave no finding; an unresolved one
/// should be reported as a conflict between requirements that cite its turns.
package struct GoldConflict: Sendable, Hashable, Codable {
    package var turns: [Int]
    package var about: String
    package var resolved: Bool

    package init(turns: [Int], about: String, resolved: Bool) {
        self.turns = turns
        self.about = about
        self.resolved = resolved
    }
}

extension ConversationGold {
    /// Every `*.gold.json` file of `directory`, sorted by file name.
    package static func load(directory: String) throws(EvaluationError) -> [ConversationGold] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .fileNotFound(path: directory) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(path: directory, reason: "the directory cannot be listed")
        }
        var golds: [ConversationGold] = []
        for name in names.sorted() where name.hasSuffix(".gold.json") && !name.hasPrefix(".") {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "permission denied or I/O error")
            }
            do {
                let gold = try JSONDecoder().decode(ConversationGold.self, from: data)
                if let bad = gold.requirements.first(where: { $0.turns.isEmpty || $0.turns.contains { $0 < 1 } }) {
                    throw EvaluationError.unreadable(
                        path: path, reason: "gold requirement \(bad.id) cites no valid turn")
                }
                golds.append(gold)
            } catch let error as EvaluationError {
                throw error
            } catch {
                throw .unreadable(
                    path: path, reason: "not a gold file (see eval/LABELLING.md): \(Self.describe(error))")
            }
        }
        guard !golds.isEmpty else { throw .noGold(path: directory) }
        return golds
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context):
            "missing field `\(key.stringValue)` at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(context.debugDescription) at \(path(context))"
        default:
            "malformed JSON"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return keys.isEmpty ? "the top level" : keys
    }
}
