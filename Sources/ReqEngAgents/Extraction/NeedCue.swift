import ReqEngModel

/// A phrase that marks a statement of need ("must", "needs to", "it would be nice if") and what it
/// says about priority.
package struct NeedCue: Sendable, Hashable {
    /// Wishes said of no one ("it would be good to …"), whose doer may be the speakers themselves
    /// ("it would be good to test it with students"): read only for what the product is to have
    /// or be.
    package static let impersonalWishes: Set<[String]> = [
        ["it", "would", "be", "good", "to"], ["it'd", "be", "good", "to"], ["it", "would", "be", "useful", "to"],
        ["it'd", "be", "useful", "to"], ["it", "would", "be", "a", "good", "idea", "to"],
        ["it'd", "be", "a", "good", "idea", "to"], ["it", "would", "be", "great", "to"], ["it'd", "be", "great", "to"],
    ]
    /// The verbs an impersonal wish is read with: having, being, showing or letting.
    package static let productVerbs: Set<String> = [
        "have", "be", "include", "get", "show", "offer", "support", "let", "allow", "give", "add", "put",
    ]

    /// The phrase as lower-case words.
    package var words: [String]
    package var priority: Priority
    /// The phrase itself negates the need ("must not", "we can't have").
    package var negated: Bool
    /// 0…1: how clearly the phrase states a requirement ("shall" 1.0, a bare "will" 0.55).
    package var strength: Double
    /// A decision reached in conversation ("let's go with", "we'll have", "the idea is that"): no
    /// modal to rewrite, so the statement keeps the speaker's cleaned words.
    package var decision: Bool
    /// The need is what comes before the phrase ("ergonomics is really important", "a light is a
    /// must"); always a decision kept in the speaker's words.
    package var trailing: Bool

    init(
        _ phrase: String, _ priority: Priority, strength: Double, negated: Bool = false, decision: Bool = false,
        trailing: Bool = false
    ) {
        self.words = phrase.split(separator: " ").map(String.init)
        self.priority = priority
        self.negated = negated
        self.strength = strength
        self.decision = decision || trailing
        self.trailing = trailing
    }

    /// Known cues, longest first so "must not" wins over "must" at the same position.
    /// The catalogue grouped by first word, each group in catalogue order (longest cue first): a
    /// sentence's words are looked up once each instead of compared with every cue.
    static let byFirstWord: [String: [NeedCue]] = Dictionary(grouping: catalogue.filter { !$0.words.isEmpty }) {
        $0.words[0]
    }

    static let catalogue: [NeedCue] = {
        let must: [NeedCue] = [
            NeedCue("must not", .must, strength: 1, negated: true),
            NeedCue("mustn't", .must, strength: 1, negated: true),
            NeedCue("shall not", .must, strength: 1, negated: true),
            NeedCue("we can't have", .must, strength: 0.9, negated: true),
            NeedCue("we cannot have", .must, strength: 0.9, negated: true),
            NeedCue("can't have", .must, strength: 0.85, negated: true),
            NeedCue("can never", .must, strength: 0.85, negated: true),
            NeedCue("cannot", .must, strength: 0.8, negated: true),
            NeedCue("can't", .must, strength: 0.75, negated: true),
            NeedCue("must", .must, strength: 1), NeedCue("shall", .must, strength: 1),
            NeedCue("will need to", .must, strength: 0.9), NeedCue("will need", .must, strength: 0.85),
            NeedCue("has to", .must, strength: 0.9), NeedCue("have to", .must, strength: 0.85),
            NeedCue("has got to", .must, strength: 0.85), NeedCue("needs to", .must, strength: 0.9),
            // "It's got to work on old phones": "it has got to", an obligation like "has to".
            NeedCue("it's got to", .must, strength: 0.85),
            NeedCue("need to", .must, strength: 0.9), NeedCue("is required to", .must, strength: 0.95),
            NeedCue("are required to", .must, strength: 0.95), NeedCue("it is essential that", .must, strength: 0.95),
            NeedCue("it's essential that", .must, strength: 0.95),
            NeedCue("it is critical that", .must, strength: 0.95),
            NeedCue("it's critical that", .must, strength: 0.95),
            NeedCue("it is mandatory that", .must, strength: 0.95),
            NeedCue("make sure that", .must, strength: 0.85), NeedCue("make sure", .must, strength: 0.85),
            NeedCue("ensure that", .must, strength: 0.85), NeedCue("need", .must, strength: 0.8),
            NeedCue("needs", .must, strength: 0.8), NeedCue("require", .must, strength: 0.85),
            NeedCue("requires", .must, strength: 0.85),
        ]
        let should: [NeedCue] = [
            NeedCue("should not", .should, strength: 0.9, negated: true),
            NeedCue("shouldn't", .should, strength: 0.9, negated: true), NeedCue("should", .should, strength: 0.9),
            NeedCue("ought to", .should, strength: 0.85), NeedCue("it is important that", .should, strength: 0.85),
            NeedCue("it's important that", .should, strength: 0.85),
            NeedCue("it's important to", .should, strength: 0.8),
            NeedCue("would like", .should, strength: 0.8), NeedCue("we'd like", .should, strength: 0.8),
            NeedCue("i'd like", .should, strength: 0.8),
            // "I'd love a stock list": a wish as "I'd like" is, a little weaker.
            NeedCue("would love", .should, strength: 0.7), NeedCue("i'd love", .should, strength: 0.7),
            NeedCue("we'd love", .should, strength: 0.7), NeedCue("want", .should, strength: 0.75),
            NeedCue("wants", .should, strength: 0.75), NeedCue("prefer", .should, strength: 0.7),
            NeedCue("expect", .should, strength: 0.7),
        ]
        // "We're supposed to build a lock that's light", "it's supposed to fit in a pocket":
        // what the brief asks for, kept in the speaker's words (the copula is part of the phrase).
        let supposed: [NeedCue] = [
            "we're supposed to", "we are supposed to", "it's supposed to", "it is supposed to", "is supposed to",
            "are supposed to",
        ].map { NeedCue($0, .should, strength: 0.75, decision: true) }
        let could: [NeedCue] = [
            NeedCue("it would be nice if", .could, strength: 0.8),
            NeedCue("it would be nice to", .could, strength: 0.8),
            NeedCue("would be nice if", .could, strength: 0.8),
            NeedCue("it would be better if", .should, strength: 0.75),
            // "It'd be way better if they could sign on the phone": the comparison, made stronger.
            NeedCue("it'd be better if", .should, strength: 0.75),
            NeedCue("it'd be way better if", .should, strength: 0.75),
            NeedCue("it'd be much better if", .should, strength: 0.75),
            NeedCue("it'd be so much better if", .should, strength: 0.75),
            NeedCue("it would be way better if", .should, strength: 0.75),
            NeedCue("it would be much better if", .should, strength: 0.75),
            NeedCue("would be better if", .should, strength: 0.75), NeedCue("would be nice to", .could, strength: 0.8),
            NeedCue("it would be great if", .could, strength: 0.8), NeedCue("would be great if", .could, strength: 0.8),
            NeedCue("it would be helpful if", .could, strength: 0.8), NeedCue("nice to have", .could, strength: 0.8),
            NeedCue("it'd be nice if", .could, strength: 0.8), NeedCue("it'd be nice to", .could, strength: 0.8),
            NeedCue("it would be great to", .could, strength: 0.75),
            NeedCue("it'd be great to", .could, strength: 0.75),
            // "It would be good to have a beep": a wish for a part, which "would be good" after a
            // named thing does not reach (``impersonalWishes``).
            NeedCue("it would be good to", .should, strength: 0.75),
            NeedCue("it'd be good to", .should, strength: 0.75),
            NeedCue("it would be useful to", .should, strength: 0.75),
            NeedCue("it'd be useful to", .should, strength: 0.75),
            NeedCue("it would be a good idea to", .should, strength: 0.75),
            NeedCue("it'd be a good idea to", .should, strength: 0.75),
            NeedCue("ideally", .could, strength: 0.7), NeedCue("optionally", .could, strength: 0.7),
            // Read through inside a wish ("it would be nice if the app could X"); never a need alone.
            NeedCue("could", .could, strength: 0.65), NeedCue("may", .could, strength: 0.6),
        ]
        let wont: [NeedCue] = [
            NeedCue("won't need to", .wont, strength: 0.85, negated: true),
            NeedCue("will not need to", .wont, strength: 0.85, negated: true),
            NeedCue("don't need to", .wont, strength: 0.8, negated: true),
            NeedCue("do not need to", .wont, strength: 0.8, negated: true),
            NeedCue("doesn't need to", .wont, strength: 0.8, negated: true),
            // "There's no need to have a display": the need itself denied.
            NeedCue("no need to", .wont, strength: 0.8, negated: true),
            NeedCue("no need for", .wont, strength: 0.8, negated: true),
            NeedCue("won't", .must, strength: 0.75, negated: true),
            NeedCue("will not", .must, strength: 0.75, negated: true),
            NeedCue("will", .should, strength: 0.55), NeedCue("are out of scope", .wont, strength: 0.8, negated: true),
            NeedCue("is out of scope", .wont, strength: 0.8, negated: true),
        ]
        // Decisions said without a modal.
        let decisions: [NeedCue] = [
            "let's go with", "let's go for", "let's have", "let's use", "let's keep", "let's make", "let's stick with",
            "let's stick to", "let's include", "let's put", "let's add", "we'll go with", "we'll go for",
            "we will go with", "we will go for", "we're going with", "we're going for", "we're gonna go with",
            "we're gonna go for", "we're going to go with", "we're going to go for", "we'll have", "we will have",
            "we'll use", "we will use", "we'll make", "we'll include", "we'll put in", "we will put in",
            "we'll build in", "we'll keep", "we'll stick with",
            "we'll stick to", "we're gonna have", "we're gonna use", "we're gonna make", "we're gonna keep",
            "we're going to have", "we're going to use", "we're going to make", "we're going to keep",
            "we decided", "we've decided", "we have decided", "we agreed", "we've agreed", "we have agreed",
            "the idea is that", "the idea is to", "it'll have", "it will have", "it's gonna have",
            "it's going to have", "we settled on", "we've settled on", "we chose", "we've chosen",
        ].map { NeedCue($0, .should, strength: 0.8, decision: true) }
        // "We go for the rubber case", "we don't go for speech recognition": a decision said in
        // the present, and the same decision refused.
        let present: [NeedCue] = [
            "we go with", "we go for", "we stick with", "we stick to", "we stay with", "let's stay with",
            "we'll stay with",
        ].map {
            NeedCue($0, .should, strength: 0.75, decision: true)
        }
        let refused: [NeedCue] = [
            "we don't go for", "we don't go with", "we won't go for", "we won't go with", "we're not going for",
            "we're not going with", "we're not gonna go for", "we're not gonna go with", "we won't have",
            "we will not have", "we're not gonna have", "we're not going to have", "we won't use", "we will not use",
            "we're not gonna use", "we're not going to use", "we decided against", "we've decided against",
            "we wouldn't have", "we would not have", "we wouldn't need", "we would not need",
        ].map { NeedCue($0, .wont, strength: 0.8, negated: true, decision: true) }
        // "Let's leave out the teletext button", "we can drop the LCD": a team leaving a thing out
        // of the design, in words that carry no negation.
        // "So we leave voice control out": said in the present, only a verb no errand shares.
        let dropped: [NeedCue] =
            ["let's", "we'll", "we can", "we will", "we could just"].flatMap { opener in
                ["drop", "leave out", "scrap", "skip", "ditch", "forget about", "get rid of"].map {
                    NeedCue(opener + " " + $0, .wont, strength: 0.75, decision: true)
                }
            }
            + ["leave out", "scrap", "ditch", "get rid of"].map {
                NeedCue("we " + $0, .wont, strength: 0.7, decision: true)
            }
        // What people rank: "<X> is really important", "<X> is a must".
        var ranked: [NeedCue] = []
        for verb in ["is", "are"] {
            for degree in ["", "very ", "really ", "quite ", "so ", "extremely ", "also ", "definitely "] {
                ranked.append(NeedCue("\(verb) \(degree)important", .should, strength: 0.8, trailing: true))
                ranked.append(NeedCue("\(verb) \(degree)essential", .must, strength: 0.85, trailing: true))
                ranked.append(NeedCue("\(verb) \(degree)crucial", .must, strength: 0.85, trailing: true))
            }
            // "A scroll wheel is quite handy": a feature the speaker backs, said of it.
            for degree in ["", "very ", "really ", "quite ", "pretty ", "so ", "actually "] {
                ranked.append(NeedCue("\(verb) \(degree)handy", .could, strength: 0.55, trailing: true))
                ranked.append(NeedCue("\(verb) \(degree)useful", .could, strength: 0.55, trailing: true))
            }
            for phrase in ["a must", "key"] {
                ranked.append(NeedCue("\(verb) \(phrase)", .must, strength: 0.85, trailing: true))
            }
        }
        // "Having a bell on the handlebar is a good idea": an option the speaker backs.
        for phrase in ["is a good idea", "is a great idea", "would be a good idea", "would be a great idea"] {
            ranked.append(NeedCue(phrase, .should, strength: 0.7, trailing: true))
        }
        // "Fewer buttons would be good", "a light in the dark would be nice": a wish for a thing
        // named before it ("that would be good" names nothing, and is dropped as a verdict).
        ranked += [
            "would be good", "would be useful", "would be helpful", "would be ideal", "would help",
            "would really help", "would help a lot",
        ].map {
            NeedCue($0, .should, strength: 0.6, trailing: true)
        }
        ranked += ["would be nice", "would be great", "would be cool"].map {
            NeedCue($0, .could, strength: 0.6, trailing: true)
        }
        return (must + should + could + wont + decisions + present + refused + dropped + supposed + ranked).sorted {
            $0.words.count > $1.words.count
        }
    }()
}
