import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A need announced by a wh-clause: "What I want is that members can renew online."
@Suite struct PseudoCleftTests {
    @Test func theNeedAfterIsIsReadAsTheNeed() {
        #expect(
            PseudoCleft.unfolded("So what I want, first, is that members can renew online themselves.")?.sentence
                == "Members can renew online themselves.")
        #expect(
            PseudoCleft.unfolded("What we need is a bigger kiosk screen.")?.sentence == "We need a bigger kiosk screen."
        )
        // An adverb between the wish and its "is".
        #expect(
            PseudoCleft.unfolded("What I'd want instead is a small display.")?.sentence == "I want a small display.")
        #expect(
            PseudoCleft.unfolded("What I'd like is to pay fines by card.")?.sentence == "I want to pay fines by card.")
        #expect(
            PseudoCleft.unfolded("What I want is: the kiosk shall print a receipt.")?.sentence
                == "The kiosk shall print a receipt.")
        #expect(PseudoCleft.unfolded("What we need is a bigger kiosk screen.")?.must == true)
    }

    @Test func aDeniedWishIsSaidAsTheWishDenied() {
        #expect(
            PseudoCleft.unfolded("What I don't want is members making an account with a password.")?.sentence
                == "I don't want members making an account with a password.")
        #expect(PseudoCleft.unfolded("What we don't need is another printer.")?.must == false)
        // "definitely" before the denial only stresses it.
        #expect(
            PseudoCleft.unfolded("What we definitely don't want is another password.")?.sentence
                == "We don't want another password.")
    }

    @Test func aRankedClauseIsAMust() throws {
        let ranked = try #require(PseudoCleft.unfolded("The most important thing is that the stock is right."))
        #expect(ranked.sentence == "The stock is right.")
        #expect(ranked.must && ranked.clauseOnly)
        #expect(
            PseudoCleft.unfolded("So what matters most is, loans are never lost.")?.sentence == "Loans are never lost.")
        // A thing without a clause, the speaker's own view and a goal are not ranked needs.
        // "that" opens the clause, though its verb ("pay") says nothing of being present.
        #expect(
            PseudoCleft.unfolded("Honestly the main thing is that members pay online.")?.sentence
                == "Members pay online.")
        #expect(PseudoCleft.unfolded("The most important thing is the price.") == nil)
        #expect(PseudoCleft.unfolded("The main thing is that price.") == nil)
        #expect(PseudoCleft.unfolded("The most important thing is I get home on time.") == nil)
        #expect(PseudoCleft.unfolded("The main thing is, members get their loans without calling us.") == nil)
    }

    /// "What we agreed on is …": the decision after the "is".
    @Test func whatWasAgreedIsTheDecision() {
        #expect(
            PseudoCleft.unfolded("What we do agree on is it works with the phone app.")?.sentence
                == "It works with the phone app.")
        #expect(
            PseudoCleft.unfolded("So what we decided is that the lamp folds flat.")?.sentence
                == "The lamp folds flat.")
        #expect(
            PseudoCleft.unfolded("What we agreed on is the bamboo shade.")?.sentence
                == "We agreed on the bamboo shade.")
        #expect(PseudoCleft.unfolded("What we agreed on is this.") == nil)
        #expect(PseudoCleft.unfolded("What they decided is the bamboo shade.") == nil)
        #expect(PseudoCleft.unfolded("What we decided is nothing yet.") == nil)
    }

    @Test(arguments: [
        "What we need to do is decide on the colour.",  // a task, not a need
        "What I want is what they have.",  // nothing named
        "What do you want from the kiosk?",
        "I know what we need.",
    ])
    func notAPseudoCleftOfANeed(said: String) {
        #expect(PseudoCleft.unfolded(said) == nil)
    }

    @Test func inAConversationTheClauseIsTheRequirement() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about renewals at the kiosk."), ("Ola", "Members queue at the desk to renew."),
            ("Kim", "Okay."), ("Ola", "So what I want, first, is that members can renew at the kiosk themselves."),
        ])
        #expect(found.contains { $0.statement == "Members can renew at the kiosk themselves." })
    }
}
