import ReqEngModel
import Testing

@testable import ReqEngAgents

/// One row per quality rule: statements it must flag and statements it must leave alone.
struct QualityRuleCase: Sendable, CustomTestStringConvertible {
    var rule: any QualityRule
    var issueType: String
    var positive: [String]
    var negative: [String]

    var testDescription: String { issueType }

    static let all: [QualityRuleCase] = [
        QualityRuleCase(
            rule: TBDRule(), issueType: "tbd",
            positive: [
                "The report format is TBD.", "Invoices shall be kept for a period to be decided.", "Export format ???",
            ],
            negative: ["The system shall export invoices as PDF.", "The system shall show the table of bookings."]),
        QualityRuleCase(
            rule: VagueTermRule(), issueType: "vague_term",
            positive: [
                "The system shall respond quickly.", "The report shall list several recent bookings.",
                "The nightly job shall finish in about 5 minutes.", "Some of the branches shall print receipts.",
                "The kiosk shall hold a few large parcels.",
            ],
            negative: [
                "The system shall respond within 2 seconds.", "The page shows information about the clinic.",
                // "Some" that counts nothing.
                "The kiosk should give members some leeway with the due date.",
                "Members need some kind of badge.", "We want some for the sorting.",
                "A bell on the lock would be a good idea.",
                // The wish's own verdict, which gave its priority.
                "Fewer buttons on the lamp would be good.",
                // A technical term, and a comparison with a thing everyone knows.
                "The switch shall meet the low voltage rules.", "The switch should work like a normal switch.",
            ]),
        QualityRuleCase(
            rule: SubjectiveLanguageRule(), issueType: "subjective_language",
            positive: ["The booking form shall be user-friendly.", "The app shall have an intuitive menu."],
            negative: [
                "The booking form shall have at most 5 fields.", "The system shall send a reminder.",
                // A priority, not a taste.
                "Voice control is nice to have.",
            ]),
        QualityRuleCase(
            rule: ComparativeRule(), issueType: "comparative_term",
            positive: ["The new system shall be faster than the old one.", "The app shall pick the cheapest courier."],
            negative: [
                "Response time shall be lower than 2 seconds.", "The system shall list the bookings.",
                // Set phrases compare nothing.
                "A card reader is our best bet for payments.", "Couriers shall be booked by best practice.",
                "Riders are better off with a bell.",
                // An order to sort by.
                "Cheapest couriers first should be the default.", "The list shows the cheapest first.",
                "The newest loans on top.",
            ]),
        QualityRuleCase(
            rule: EscapeClauseRule(), issueType: "escape_clause",
            positive: [
                "The system shall send reminders where possible.",
                "The receptionist shall call the patient if necessary.",
            ],
            negative: [
                "The system shall send reminders 24 hours before the appointment.", "Possible dates shall be listed.",
                // How much the speaker wants it: a priority, not a condition.
                "Ideally the lamp has a dimmer.",
            ]),
        QualityRuleCase(
            rule: OpenEndedClauseRule(), issueType: "open_ended",
            positive: [
                "The system shall export PDF, CSV, etc.",
                "The shop shall accept cards including but not limited to Visa.",
            ],
            negative: ["The system shall export PDF and CSV.", "The system shall store the etching order."]),
        QualityRuleCase(
            rule: CombinatorRule(), issueType: "compound_requirement",
            positive: [
                "The system shall send a confirmation and display the booking number.",
                "The system shall authenticate and authorize users.", "Users can view and/or edit bookings.",
                "The system shall email the patient. The system shall notify the doctor.",
                "Receptionists may cancel bookings but the doctor must approve.",
                "Staff may book rooms, but they cancel them by phone.",
                "No cancel button, but a confirmation screen with the name.",
                "Reception can double-book when the day is full, but patients online must not.",
            ],
            negative: [
                "The system shall store the name and email address of each patient.",
                // A qualifier of the same need, and an aside about who decides: one need each.
                "Free text, but short.", "Let's have a faster chip, but that's not up to me to decide.",
                "The system shall export bookings as PDF or CSV.",
                "The system shall import formats including but not limited to PDF.",
            ]),
        QualityRuleCase(
            rule: PassiveVoiceRule(), issueType: "passive_voice",
            positive: [
                "Patient data must be encrypted.", "Invoices shall be sent every month.",
                "When a booking is made, the invoice shall be sent.", "Refunds shall be approved in writing.",
            ],
            negative: [
                "Invoices shall be sent by the accounting system.", "The system shall encrypt patient data.",
                "Users are allowed to cancel.", "The handle shall be ergonomically designed.",
                "The case shall be made of recycled rubber.", "The decoding should be done on the set-top box.",
                // A state in a clause of its own, and a time the system is measured by.
                "The app shall show the recipient's name before the payment is confirmed.",
                "A loan of five books should be done in under 10 seconds.",
            ]),
        QualityRuleCase(
            rule: PronounRule(), issueType: "ambiguous_pronoun",
            positive: ["When a booking is saved, it must appear in the calendar.", "They shall receive a reminder."],
            negative: [
                "The patient shall receive a reminder.", "The system shall check that the slot is free.",
                // Anyone's neighbour: nobody to name.
                "Somebody's neighbour should not find out who comes to the food bank.",
            ]),
        QualityRuleCase(
            rule: VagueReferenceRule(), issueType: "vague_reference",
            positive: [
                "We don't have to include this feature.", "This function should be very accessible.",
                "The kiosk should support those options too.",
            ],
            negative: [
                "The kiosk shall print a receipt.", "This kiosk shall print a receipt.",
                // The statement names what it points back at.
                "The system shall grant each function only to the roles authorised for that function.",
                // A message quoted, and the product itself.
                "The system should tell staff \"this one hasn't answered\".", "No money in this thing.",
            ]),
        QualityRuleCase(
            rule: NegativeStatementRule(), issueType: "negative_statement",
            positive: [
                "The system shall not store card numbers.", "Patients can never see records of others.",
                // A condition does not hide a negative requirement.
                "When a slot is taken, the system shall not offer it.",
                "The kiosk shall never unlock unless nobody is logged in.",
                "Reception can double-book when the day is full, but patients online must not.",
            ],
            negative: [
                "The system shall store card tokens.", "The notice board shows the news.",
                // The negation only limits when a positive behaviour applies.
                "The system shall erase the data within 30 days when no legal duty applies.",
                "If nobody answers, the system shall send a reminder.",
            ]),
        QualityRuleCase(
            rule: AbsoluteRule(), issueType: "absolute_term",
            positive: [
                "The system shall always be available.", "The site shall be up 24/7.", "Uptime shall be 100%.",
                "The kiosk shall never crash during a loan.",
            ],
            negative: [
                "The system shall be available 99.5 % of each month.", "The page shall show 100 bookings.",
                // The quality is elsewhere; this "always" is a rule of the business.
                "Seats shall be bookable online, and a wheelchair place always comes with the seat next to it.",
                "The box office shall hold back seats online for the guests who always turn up late.",
            ]),
        QualityRuleCase(
            rule: UniversalQuantifierRule(), issueType: "universal_quantifier",
            positive: ["All users shall sign in.", "The system shall log any change."],
            negative: [
                "Each user shall sign in.", "The screen shall be visible at all times.",
                "Not all slots shall be bookable online.",
                // A comparison and a negation set no scope.
                "Wheelchair places shall be bookable online like any other seat.",
                "The alarm shall reach the technician without any delay.",
            ]),
        QualityRuleCase(
            rule: OptionRule(), issueType: "optional_term",
            positive: [
                "Patients may upload a photo.", "The report could optionally include charts.",
                // With no binding modal, the "can" is the statement's own.
                "Reception can lift the block when a patient calls.",
            ],
            negative: [
                "Patients shall upload a photo.", "The canary release shall reach 5 % of users.",
                // What someone can do, in a clause after the binding modal.
                "The checkout shall show a box buyers can tick to get the newsletter.",
                "The system shall keep a list that staff may print.",
            ]),
        QualityRuleCase(
            rule: WeakPhraseRule(), issueType: "weak_phrase",
            positive: [
                "Patients shall be able to cancel a booking.", "The system shall have the ability to print labels.",
            ],
            negative: ["The system shall allow patients to cancel a booking.", "The system shall print labels."]),
        QualityRuleCase(
            rule: MissingActorRule(), issueType: "missing_actor",
            positive: ["Must export the monthly report as PDF.", "Export of the monthly report."],
            negative: ["The receptionist shall confirm each booking.", "Patients must see their invoices."]),
        QualityRuleCase(
            rule: MissingActionRule(), issueType: "missing_action",
            positive: ["Monthly report in PDF.", "The system must."],
            negative: ["The system shall export the monthly report.", "Export the monthly report as PDF."]),
    ]
}

@Suite("Quality rules")
struct QualityRuleTests {
    @Test("flags each positive example", arguments: QualityRuleCase.all)
    func flagsPositives(_ row: QualityRuleCase) {
        for statement in row.positive {
            let findings = QualityFixtures.findings(row.rule, statement)
            #expect(findings.map(\.issueType) == [row.issueType], "\(statement)")
            #expect(findings.allSatisfy { !$0.suggestion.isEmpty && !$0.message.isEmpty && $0.rule == row.rule.id })
        }
    }

    @Test("leaves each negative example alone", arguments: QualityRuleCase.all)
    func ignoresNegatives(_ row: QualityRuleCase) {
        for statement in row.negative {
            #expect(QualityFixtures.findings(row.rule, statement).isEmpty, "\(statement)")
        }
    }

    @Test func vagueTermMessageQuotesTheWordAndSuggestsAMeasure() throws {
        let finding = try #require(QualityFixtures.findings(VagueTermRule(), "The page shall load fast.").first)
        #expect(finding.message.contains("\"fast\""))
        #expect(finding.suggestion.contains("within N seconds at the 95th percentile under M concurrent users"))
        #expect(finding.suggestion.contains("The page shall load <within N seconds"))
        #expect(finding.severity == .warning)
    }

    @Test func passiveVoiceSuggestsTheActiveVerb() throws {
        let stored = try #require(
            QualityFixtures.findings(PassiveVoiceRule(), "Backups shall be stored offsite.").first)
        #expect(stored.suggestion.contains("The system shall store …"))
        let encrypted = try #require(QualityFixtures.findings(PassiveVoiceRule(), "Data must be encrypted.").first)
        #expect(encrypted.suggestion.contains("The system shall encrypt …"))
        for (participle, verb) in [
            ("cancelled", "cancel"), ("labelled", "label"), ("controlled", "control"), ("spelled", "spell"),
            ("scrolled", "scroll"), ("installed", "install"), ("stopped", "stop"),
        ] {
            #expect(PassiveVoiceRule().baseForm(of: participle) == verb)
        }
    }

    @Test func actorAndActionFieldsSatisfyTheCompletenessRules() {
        #expect(QualityFixtures.findings(MissingActorRule(), "Must export the report.", actor: "The system").isEmpty)
        #expect(QualityFixtures.findings(MissingActionRule(), "Monthly report in PDF.", action: "export").isEmpty)
    }

    @Test func unverifiableNFRIsAnErrorOnlyForMustPriority() throws {
        let must = QualityFixtures.findings(
            UnverifiableNFRRule(), "The booking page shall load fast.", type: .nonFunctional, category: .performance)
        #expect(must.map(\.severity) == [.error])
        #expect(try #require(must.first).message.contains("\"fast\""))
        let should = QualityFixtures.findings(
            UnverifiableNFRRule(), "The system should be highly available.", type: .nonFunctional,
            category: .availability, priority: .should)
        #expect(should.map(\.severity) == [.warning])
    }

    @Test(arguments: [
        (
            "The booking page shall load within 2 seconds.", RequirementType.nonFunctional,
            NFRCategory?.some(.performance)
        ),
        ("The system shall be fast.", .functional, nil),
        ("The system shall hash passwords with bcrypt.", .nonFunctional, .security),
    ])
    func unverifiableNFRPasses(statement: String, type: RequirementType, category: NFRCategory?) {
        #expect(QualityFixtures.findings(UnverifiableNFRRule(), statement, type: type, category: category).isEmpty)
    }

    @Test func missingAcceptanceCriteriaIsInfoWhereAQuantityOrConditionIsUnchecked() {
        let rule = MissingAcceptanceCriteriaRule()
        func findings(_ requirement: Requirement) -> [Finding] {
            rule.check(ValidationContext(all: [StatementAnalysis(requirement)], position: 0))
        }
        let quantity = QualityFixtures.requirement(
            "REQ-001", "The system shall print 3 labels per parcel.", criteria: [])
        #expect(findings(quantity).map(\.issueType) == ["missing_acceptance_criteria"])
        #expect(findings(quantity).map(\.severity) == [.info])
        var conditional = QualityFixtures.requirement("REQ-002", "The system shall print labels.", criteria: [])
        conditional.condition = "when a parcel is packed"
        #expect(findings(conditional).count == 1)
        let quality = QualityFixtures.requirement(
            "REQ-003", "The system shall encrypt labels.", type: .nonFunctional, category: .security, criteria: [])
        #expect(findings(quality).count == 1)
        let checked = QualityFixtures.requirement("REQ-004", "The system shall print 3 labels per parcel.")
        #expect(findings(checked).isEmpty)
    }

    @Test func plainFunctionalRequirementsWithoutCriteriaAreOneDocumentLine() {
        let plain = ["print labels", "scan parcels", "weigh parcels"].enumerated().map {
            QualityFixtures.requirement("REQ-00\($0.offset + 1)", "The system shall \($0.element).", criteria: [])
        }
        let issues = ValidationAgent().validate(plain).filter { $0.issueType == "missing_acceptance_criteria" }
        #expect(issues.count == 1)
        #expect(issues.first?.requirementID == nil)
        #expect(issues.first?.message.hasPrefix("3 functional requirements") == true)
    }

    @Test func defaultRulesAreAtLeastFifteenWithDistinctSources() {
        let rules = ValidationAgent.defaultRules
        #expect(rules.count >= 15)
        #expect(rules.allSatisfy { !$0.id.isEmpty })
    }
}
