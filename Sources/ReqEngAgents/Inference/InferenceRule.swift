import ReqEngModel

/// One entry of the inference catalogue: when the project talks about X, it implies requirement Y.
///
/// Rules are data (`Resources/inference-rules.json`); the keys below are that file's keys.
package struct InferenceRule: Sendable, Codable, Hashable {
    /// Stable rule id, e.g. `SEC-AUTH`.
    package var id: String
    /// Title of the implied requirement.
    package var title: String
    /// The implied requirement, written to pass the validation rules.
    package var statement: String
    package var type: RequirementType
    package var category: NFRCategory?
    package var priority: Priority
    package var actor: String?
    package var action: String?
    package var acceptanceCriteria: [String]
    /// Why the trigger implies the requirement (a standard, a law, a common failure).
    package var rationale: String
    /// 0…1, below that of stated requirements.
    package var confidence: Double
    package var triggers: Triggers
    /// TriggerPhrase sets; a stated requirement whose statement holds every phrase of one set covers the rule.
    package var coveredBy: [[String]]
    /// Sentences the rule must fire on (positive) and must not fire on (negative); checked by tests.
    package var examples: Examples
    /// Earlier rules that say the same more precisely for their setting: when one of them matched
    /// the project (inferred, covered or ruled out), this rule stays silent. Health details on a
    /// school trip's consent form are special-category data; in a clinic, the care rule says it.
    package var yieldsTo: [String]? = nil

    /// What makes a rule fire.
    package struct Triggers: Sendable, Codable, Hashable {
        /// Phrases matched per sentence; a sentence holding any of them is evidence.
        package var any: [String]
        /// Groups that must each be matched somewhere in the project (turns or stated requirements).
        package var requiresAll: [[String]]
        /// Neighbours that give a trigger another sense: a sentence holding one is no evidence
        /// ("failure rate" of exams for a logging rule, a business's phone number for a privacy rule).
        package var unless: [String]
        /// Phrases with which a stakeholder rules the rule's subject out without negating a
        /// trigger ("Dutch only" for translatable texts): the rule then becomes a question.
        package var excludedBy: [String]
        /// Readers of the conversation as a whole whose findings are evidence too, by name (see
        /// ``Reader``): "kinds_of_users" for two kinds of users with different rights.
        package var readers: [String]
        /// Triggers that name one way of meeting the rule ("password" for authentication): they
        /// suggest the rule, but refusing one ("No passwords, they scan their badge") refuses that
        /// way only, not the rule.
        package var means: [String]

        /// The triggers whose refusal rules the rule out: all but its `means`.
        package var refusable: [String] { means.isEmpty ? any : any.filter { !means.contains($0) } }

        /// The readers a rule may name.
        package enum Reader: String, CaseIterable, Sendable {
            /// Two or more kinds of users with different rights (``UserKinds``).
            case kindsOfUsers = "kinds_of_users"
        }

        package init(
            any: [String], requiresAll: [[String]] = [], unless: [String] = [], excludedBy: [String] = [],
            readers: [String] = [], means: [String] = []
        ) {
            self.any = any
            self.requiresAll = requiresAll
            self.unless = unless
            self.excludedBy = excludedBy
            self.readers = readers
            self.means = means
        }

        enum CodingKeys: String, CodingKey {
            case any, unless, readers, means
            case requiresAll = "requires_all"
            case excludedBy = "excluded_by"
        }

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            any = try container.decode([String].self, forKey: .any)
            requiresAll = try container.decodeIfPresent([[String]].self, forKey: .requiresAll) ?? []
            unless = try container.decodeIfPresent([String].self, forKey: .unless) ?? []
            excludedBy = try container.decodeIfPresent([String].self, forKey: .excludedBy) ?? []
            readers = try container.decodeIfPresent([String].self, forKey: .readers) ?? []
            means = try container.decodeIfPresent([String].self, forKey: .means) ?? []
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(any, forKey: .any)
            if !requiresAll.isEmpty { try container.encode(requiresAll, forKey: .requiresAll) }
            if !unless.isEmpty { try container.encode(unless, forKey: .unless) }
            if !excludedBy.isEmpty { try container.encode(excludedBy, forKey: .excludedBy) }
            if !readers.isEmpty { try container.encode(readers, forKey: .readers) }
            if !means.isEmpty { try container.encode(means, forKey: .means) }
        }
    }

    /// Example sentences kept beside the rule so the data documents and tests itself.
    package struct Examples: Sendable, Codable, Hashable {
        package var positive: [String]
        package var negative: [String]

        package init(positive: [String], negative: [String]) {
            self.positive = positive
            self.negative = negative
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, statement, type, category, priority, actor, action
        case acceptanceCriteria = "acceptance_criteria"
        case rationale, confidence, triggers
        case coveredBy = "covered_by"
        case examples
        case yieldsTo = "yields_to"
    }
}
