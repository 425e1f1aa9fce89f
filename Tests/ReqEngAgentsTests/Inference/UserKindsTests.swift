import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite("Kinds of users with different rights")
struct UserKindsTests {
    typealias F = QualityFixtures

    private func kinds(_ sentence: String) -> [String] {
        UserKinds.clauses(in: TokenizedText.tokenize(sentence)).map { "\($0.kind)\($0.exclusive ? "!" : "")" }
    }

    @Test(
        "a kind of user given a right, and whether others lack it",
        arguments: [
            ("Only staff.", ["staff!"]),
            ("Only the doctor and the assistants.", ["doctor!", "assistant!"]),
            ("Group leader and coordinator only.", ["leader!", "coordinator!"]),
            ("Other students shouldn't be able to see who has an arrangement.", ["student!"]),
            ("Patients are not allowed to change the time.", ["patient!"]),
            ("Yeah, fine, a colleague approves it.", ["colleague!"]),
            ("Every page gets approved by a second editor.", ["editor!"]),
            ("So we want residents to report it on the website themselves.", ["resident"]),
            ("And the teacher sees who paid.", ["teacher"]),
            ("Volunteers can also scan the parcels.", ["volunteer"]),
        ])
    func clauses(sentence: String, expected: [String]) {
        #expect(kinds(sentence) == expected, "\(sentence)")
    }

    @Test(
        "people named without a right of use",
        arguments: [
            "Our patients don't read email.",
            "A lot of parents can't pay three hundred euros at once.",
            "The teacher said the students liked the old timetable.",
            "We are the market leader in the region.",
            "Our customers are mostly older people.",
            "Dutch only.",
        ])
    func noClause(sentence: String) {
        #expect(kinds(sentence).isEmpty, "\(sentence)")
    }

    private func rbac(_ turns: [(String, String)]) throws -> Requirement? {
        let catalogue = try InferenceCatalogue.bundled()
        let rule = try #require(catalogue.rules.first { $0.id == "SEC-RBAC" })
        let agent = InferenceAgent(catalogue: InferenceCatalogue(rules: [rule]), softwareShareThreshold: 0)
        return agent.infer(transcripts: [F.transcript("s1", turns: turns)], requirements: []).requirements.first
    }

    @Test func twoKindsOneOfThemWithARightTheOtherLacksImplyRoles() throws {
        let inferred = try #require(
            try rbac([
                ("Ines", "Who can see the reason for the visit?"),
                ("Bettina", "Only the doctor and the assistants."),
                ("Amadou", "So we want patients to book those themselves."),
            ]))
        #expect(inferred.sourceRefs.map(\.turn) == [2, 3])
        #expect(inferred.rationale?.contains("\"only the doctor and the assistants\", \"patients book\"") == true)
    }

    @Test func kindsWithTheSameRightsOrOneKindAloneImplyNoRoles() throws {
        // Two kinds, neither with a right the other lacks.
        #expect(
            try rbac([
                ("Ana", "Volunteers can scan the parcels."), ("Ben", "And coordinators can scan them too."),
            ]) == nil)
        // A right others lack, but only one kind of user.
        #expect(try rbac([("Ana", "A colleague approves it.")]) == nil)
        // A kind named only in a question is not described.
        let asked = "Who sees the reports?"
        #expect(
            try rbac([("Ines", asked), ("Ana", "Should only editors see it?"), ("Ben", "Residents report it.")]) == nil)
        #expect(try rbac([("Ines", asked), ("Ana", "Only editors see it."), ("Ben", "Residents report it.")]) != nil)
    }
}
