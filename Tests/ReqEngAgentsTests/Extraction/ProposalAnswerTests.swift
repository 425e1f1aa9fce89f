import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How a client answers what the interviewer puts to them, and how a client asks to see things:
/// the interviewer's "so you'd want …?" said back, a doing proposed for the product ("Could the app
/// …?"), an option refused or put off to a later release, and the people whose "side" a question
/// asks about. Every line is written for the test (a fictional bike-rental app).
@Suite struct ProposalAnswerTests {
    /// The lines after the bike-rental interview's opening turns (``ClientWordingTests``).
    static func extract(_ lines: [(String, String)]) -> [Requirement] {
        ClientWordingTests.extract(lines)
    }

    @Test func theInterviewersSayingBackIsTheClientsNeedOnceAgreed() throws {
        let found = Self.extract([
            ("Kim", "So you'd want to see the bikes of every station on a map?"),
            ("Ola", "Exactly. Live, or close to live."),
        ])
        let seen = try #require(found.first { $0.statement.contains("map") })
        // The client's role, as the conversation shows it, is the one who sees.
        #expect(seen.statement.hasSuffix(" should be able to see the bikes of every station on a map."))
        #expect(!seen.statement.hasPrefix("We"))
        #expect(seen.sourceRefs.map(\.turn) == [6, 5])
    }

    @Test(arguments: [
        ("I want to see which bikes are late back.", "should be able to see which bikes are late back."),
        (
            "We need to see the rentals of all six stations in one place.",
            "shall be able to see the rentals of all six stations in one place."
        ),
    ])
    func aClientAskingToSeeDataAsksToBeAbleToSeeIt(sentence: String, statement: String) {
        let found = Self.extract([("Kim", "What else would help at the station?"), ("Ola", sentence)])
        #expect(found.contains { $0.statement.hasSuffix(" " + statement) && !$0.statement.hasPrefix("I ") })
    }

    @Test func waitingToSeeIsNoNeedToSeeData() {
        let found = Self.extract([
            ("Kim", "What about the winter?"), ("Ola", "We need to see how the rentals go in the winter."),
        ])
        #expect(!found.contains { $0.statement.contains("able to see") })
    }

    @Test func aDoingTheSpeakerWouldLikeIsNotTheProductsDoing() {
        let found = Self.extract([
            ("Kim", "And paying for the rental?"), ("Ola", "I'd like to pay for the rental by card at the station."),
            ("Kim", "Reports?"), ("Ola", "I'd like a rental report every Monday."),
        ])
        #expect(!found.contains { $0.statement.hasPrefix("The system should pay") })
        #expect(found.contains { $0.statement == "The system should provide a rental report every Monday." })
    }

    @Test func anOptionRefusedIsAWontSaidWithWillNot() throws {
        let found = Self.extract([
            ("Kim", "Should the app print a receipt for every rental?"),
            ("Ola", "No, leave that out. Nobody keeps them."),
        ])
        let refused = try #require(found.first { $0.statement.contains("receipt") })
        #expect(refused.statement == "The app will not print a receipt for every rental.")
        #expect(refused.priority == .wont)
    }

    @Test func aDoingProposedForTheProductAndWelcomedIsAShould() throws {
        let found = Self.extract([
            ("Kim", "Could the app show the customer which station has free bikes?"),
            ("Ola", "Yes, that would be good."),
        ])
        let proposed = try #require(found.first { $0.statement.contains("free bikes") })
        #expect(proposed.statement == "The app should show the customer which station has free bikes.")
        #expect(proposed.priority == .should)
    }

    @Test func aQuestionAboutAnythingButTheProductProposesNothing() {
        let found = Self.extract([
            ("Kim", "Could the problem be the paper forms at the harbour station?"), ("Ola", "Yes, probably."),
        ])
        #expect(!found.contains { $0.statement.contains("paper forms") })
    }

    @Test func aTopicPutOffToALaterVersionIsAWont() throws {
        let found = Self.extract([
            ("Kim", "And photos? Some rental apps let staff attach photos of damaged bikes."),
            ("Ola", "Nice to have. Not for the first version."),
        ])
        let deferred = try #require(found.first { $0.statement.contains("photos") })
        #expect(deferred.statement == "No photos for now.")
        #expect(deferred.priority == .wont)
    }

    @Test func aTopicWelcomedIsNotPutOff() {
        let found = Self.extract([
            ("Kim", "And photos? Some rental apps let staff attach photos of damaged bikes."),
            ("Ola", "Yes, photos of damaged bikes would help a lot."),
        ])
        #expect(!found.contains { $0.priority == .wont && $0.statement.contains("photos") })
    }

    @Test func aNeedPutOffInTheSameBreathIsAWont() throws {
        let found = Self.extract([
            ("Kim", "Anything about reservations?"),
            ("Ola", "It would be nice if riders could reserve a bike at a station. But maybe later, phase two."),
        ])
        let deferred = try #require(found.first { $0.statement.contains("reserve") })
        #expect(deferred.priority == .wont)
        #expect(found.filter { $0.statement.contains("reserv") }.count == 1)
    }

    @Test func theyInAnAnswerAboutSomeonesSideAreThosePeople() {
        let found = Self.extract([
            ("Kim", "What about the mechanics' side?"),
            ("Ola", "They get the repair list each morning. They have to be able to close a repair from the app."),
        ])
        #expect(found.contains { $0.statement == "The mechanics shall be able to close a repair from the app." })
    }

    @Test func aLaterVersionAfterWhatWasRuledOutPutsOffTheExclusionNotTheNeed() throws {
        let found = Self.extract([
            ("Kim", "Where should the rental alerts go?"),
            (
                "Ola",
                "The alerts should go to the station staff through the app, and not to the police. Maybe in a later version."
            ),
        ])
        let alert = try #require(found.first { $0.statement.contains("station staff") })
        #expect(alert.priority != .wont)
    }

    @Test func aPointerAfterATopicIsTheTopic() throws {
        let found = Self.extract([
            ("Kim", "And group rentals? Can those be booked online?"), ("Ola", "No. Groups always call us first."),
        ])
        let refused = try #require(found.first { $0.sourceRefs.map(\.turn).contains(5) && $0.priority == .wont })
        #expect(refused.statement == "Group rentals will not be booked online.")
        // A pointer that does not fit the topic stays as it was asked.
        #expect(
            ConfirmedProposal.namingPointer(in: "Can it be booked online?", topicOf: "And group rentals?")
                == "Can it be booked online?")
        #expect(ConfirmedProposal.shortSubjectLength(["those", "be", "booked", "online"]) == 1)
    }

    @Test func aYesButWithALimitAgreesWithinIt() {
        let found = Self.extract([
            ("Kim", "Should riders be able to cancel online?"),
            ("Ola", "Yes, but not later than 24 hours before. Otherwise we charge a fee."),
            ("Kim", "Should riders get a receipt?"), ("Ola", "Yes, but only by email."),
            ("Kim", "Should the app show the prices of other stations?"), ("Ola", "Yeah, but I'm not sure about that."),
        ]).map(\.statement)
        #expect(found.contains("Riders should be able to cancel online: not later than 24 hours before."))
        #expect(found.contains("Riders should get a receipt: only by email."))
        #expect(
            Self.extract([
                ("Kim", "Should riders be able to track their rental?"),
                ("Ola", "Yes, with a link in the confirmation email."),
            ]).contains {
                $0.statement == "Riders should be able to track their rental, with a link in the confirmation email."
            })
        // A doubt after the yes takes it back.
        #expect(!found.contains { $0.contains("prices of other stations") })
    }

    @Test func aTopicAskedWhetherItWouldHelpIsTheProposal() {
        let found = Self.extract([
            ("Kim", "Photos of the bikes, would that help?"), ("Ola", "Nice to have. Not for the first version."),
            ("Kim", "A map of free bikes, would that be useful?"), ("Ola", "Yes, definitely."),
        ])
        #expect(found.contains { $0.statement == "No photos of the bikes for now." && $0.priority == .wont })
        #expect(found.contains { $0.statement == "A map of free bikes." && $0.priority != .wont })
        #expect(ConfirmedProposal.topic(of: "Photos of the bikes, would that help?") == "photos of the bikes")
    }

    @Test func aRequestToTalkProposesNothing() {
        let found = Self.extract([
            ("Kim", "Could you start by telling me what you do at the harbour station?"), ("Ola", "Sure."),
            ("Kim", "Can you walk me through a normal rental?"), ("Ola", "Yes, of course."),
        ])
        #expect(!found.contains { $0.sourceRefs.contains { [5, 7].contains($0.turn) } })
        #expect(
            ConfirmedProposal.asksListenerToTalk(
                "Could you give me an overview?".split(separator: " ").map(String.init)))
        #expect(
            !ConfirmedProposal.asksListenerToTalk(
                "Could you give riders a receipt?".split(separator: " ").map(String.init)))
    }

    @Test func theyInAQuestionAreThePeopleTheLastTurnsSpokeOf() {
        let found = Self.extract([
            ("Kim", "What about the technicians' side?"), ("Ola", "They fix the bikes at the harbour station."),
            ("Kim", "Do they need to use the app offline?"), ("Ola", "Yes, definitely. The workshop has no signal."),
        ])
        #expect(found.contains { $0.statement.hasPrefix("The technicians ") && $0.statement.contains("offline") })
    }

    @Test(arguments: [
        ("They need to work offline", "the bikes", "They need to work offline"),
        ("They need to work offline", "the riders", "The riders need to work offline"),
        ("The app needs to work offline", "the riders", "The app needs to work offline"),
        ("They should book online", "riders", "The riders should book online"),
        ("They should book online", "the manager", "They should book online"),
    ])
    func theyIsNamedOnlyAsPeople(statement: String, named: String, expected: String) {
        let turns = [Turn(number: 1, speaker: "Kim", text: "And \(named) at the station?")]
        let transcript = Transcript(id: "t", sourcePath: "t.txt", format: .text, turns: turns)
        #expect(PointerResolution.namingThey(in: statement, before: 0, of: transcript) == expected)
    }

    @Test func theItemsOfAListOfNeedsAreNeedsAndARankedLabelRanks() throws {
        let found = Self.extract([
            (
                "Ola",
                "Summing up what the stations asked for: - bikes booked in the app, no paper. - a deposit taken by card. - returns at any station. Nice to have: a map of free bikes."
            ),
            ("Kim", "Thanks."),
        ])
        #expect(found.contains { $0.statement == "Bikes booked in the app, no paper." })
        #expect(found.contains { $0.statement == "A deposit taken by card." })
        #expect(found.contains { $0.statement == "Returns at any station." })
        let ranked = try #require(found.first { $0.statement == "A map of free bikes." })
        #expect(ranked.priority == .could)
    }

    @Test func aListThatAnnouncesNoNeedsStatesNone() {
        let found = Self.extract([
            ("Ola", "Agenda for today: - the stations. - the deposit. - any other business."), ("Kim", "Thanks."),
        ])
        #expect(!found.contains { $0.statement.hasPrefix("The stations") || $0.statement.hasPrefix("Any other") })
    }

    @Test func aProposalPutOffToALaterVersionIsAWont() throws {
        let found = Self.extract([
            ("Kim", "Do we need foreign currencies in the rental app?"),
            ("Ola", "Not in v1. Every rental is paid in euros for now."),
        ])
        let deferred = try #require(found.first { $0.statement.contains("currencies") })
        #expect(deferred.priority == .wont)
    }

    @Test func notThisYearPutsAnOptionOffEvenWithANegationAboutSomeoneElse() throws {
        // The "can't" is about the riders, not the option: the "not this year" refuses the option.
        let found = Self.extract([
            ("Kim", "Would you like a rental app option for riders who can't come to the station?"),
            ("Ola", "Hmm. Not this year. The staff would revolt. Maybe next year."),
        ])
        let deferred = try #require(found.first { $0.statement.contains("option") })
        #expect(deferred.priority == .wont)
        #expect(
            ExtractionAgent.mainClause(of: "Would you like video calls, for parents who can't come?")
                == "Would you like video calls,")
        #expect(ExtractionAgent.mainClause(of: "So no double bookings?") == "So no double bookings?")
    }

    @Test func aNounBeforeTheProductsNameIsPartOfTheSubject() {
        #expect(
            ConfirmedProposal.declarative("Should the rental app run on phones or on the web?", rejected: false)
                == "The rental app should run on phones or on the web")
        #expect(
            ConfirmedProposal.declarative("Should the bikes have a lock?", rejected: false)
                == "The bikes should have a lock")
    }
}
