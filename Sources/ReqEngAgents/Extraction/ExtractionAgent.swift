import ReqEngModel

/// The extraction node of the built-in engine: finds stated requirements in the transcripts.
///
/// For every turn (sessions in order, turns in order) the turn is split into sentences
/// (``SentenceSplitter``), cleaned of fillers, hedges and false starts (``SpeechCleaner``), tested for
/// a statement of need (``NeedDetector``), rewritten as one statement (``StatementBuilder``),
/// classified (``RequirementClassifier``) and given acceptance criteria
/// (``AcceptanceCriteriaExtractor``). Restated needs are merged (``RequirementMerger``) and ids
/// `REQ-001`, … follow the first source. After validation has looped back
/// (`refinementPasses > 0`), the node repairs the flagged requirements instead (``ExtractionRefiner``).
package struct ExtractionAgent: Agent {
    package let name = "extraction"

    package var classifier = RequirementClassifier()
    package var merger = RequirementMerger()

    package init() {}

    /// Requirements of `transcripts`, merged and numbered; also how many sentences and candidates.
    ///
    /// A stakeholder's sentences are read one by one. An interviewer's words are read only as a
    /// proposal that the next stakeholder turn confirms or refuses (``ConfirmedProposal``): the
    /// requirement then cites the reply first (it is the stakeholder's) and the proposal second.
    package func extract(
        from transcripts: [Transcript]
    ) -> (requirements: [Requirement], sentences: Int, candidates: Int) {
        var candidates: [Requirement] = []
        var sentenceCount = 0
        var interviewSessions = Set<String>()
        var interviewers = Set<String>()
        var readBackItems = Set<Int>()
        var products: [String: String] = [:]
        for transcript in transcripts {
            let conversation = ConversationContext(transcript)
            products[transcript.id] = conversation.product
            if !conversation.roles.interviewers.isEmpty { interviewSessions.insert(transcript.id) }
            interviewers.formUnion(conversation.roles.interviewers.map { transcript.id + "\u{0}" + $0 })
            var readingBack: String?
            for (index, turn) in transcript.turns.enumerated()
            // A chat's assistant states no needs; asking, it is read as an interviewer is.
            where !Self.isAssistant(turn.speaker, role: conversation.declaredRoles[turn.speaker])
                || conversation.roles.isInterviewer(turn.speaker)
            {
                if conversation.roles.isInterviewer(turn.speaker) {
                    if let answered = interviewerQuestionAnswered(at: index, in: transcript, conversation: conversation)
                    {
                        candidates.append(answered)
                    }
                    continue
                }
                if let settled = participantQuestionAnswered(at: index, in: transcript, conversation: conversation)
                    ?? refusedMention(at: index, in: transcript)
                {
                    candidates.append(settled)
                }
                candidates.append(contentsOf: settledSummaries(at: index, in: transcript, conversation: conversation))
                let sentences = ReadBack.expandingInlineList(SentenceSplitter().split(turn.text))
                sentenceCount += sentences.count
                // "So how would you like that to work?": the reply says, in the present tense, how.
                let processAsked = Self.processAsked(before: index, in: transcript, conversation: conversation)
                // "Let me sum up: oval body, two buttons.": the items after it are decisions.
                let readBack =
                    !conversation.firstPersonIsTeam
                    ? nil : ReadBack.start(of: sentences, by: turn.speaker, continuing: &readingBack)
                let listed = Self.announcedListItems(turn.text, sentences: sentences)
                let asked = index > 0 ? transcript.turns[index - 1].text : ""
                let they =
                    index > 0 ? PointerResolution.peopleMeantByThey(sentences, before: index, in: transcript) : nil
                var previousNeed: String?
                for (position, said) in sentences.enumerated() {
                    // "Cheapest first. That should be the default.": the pointer stands for the
                    // phrase before it; "Volunteers, mostly. … they should only scan": for the answer.
                    let named = position > 0 ? PointerResolution.afterName(said, name: sentences[position - 1]) : nil
                    let resolved =
                        named
                        ?? they.flatMap {
                            $0.sentences.contains(position)
                                ? PointerResolution.replacingThey(in: said, with: $0.people, pointers: $0.pointers)
                                : nil
                        } ?? (index > 0 ? PointerResolution.echoedObject(in: said, question: asked) : nil) ?? said
                    // "On Thursday evening, maybe three hundred. It must not go down then.": when.
                    let timed =
                        position > 0 ? PointerResolution.namingThen(in: resolved, after: sentences[position - 1]) : nil
                    let sentence = timed ?? resolved
                    // "They need an email. And maybe a reminder.": the thing added is needed too.
                    let added = previousNeed.flatMap { AddedItem.expanded(said, after: $0) }
                    let ref = SourceRef(
                        sessionID: transcript.id, turn: turn.number, speaker: turn.speaker,
                        quote: Self.quote(named == nil && timed == nil ? said : sentences[position - 1] + " " + said))
                    var found = coordinatedRequirements(
                        from: added?.sentence ?? sentence, source: ref,
                        speakerRole: conversation.declaredRoles[turn.speaker], conversation: conversation)
                    if let added,
                        added.hedged || sentences.dropFirst(position + 1).first.map(AddedItem.judgedNice) == true
                    {
                        found = found.map(AddedItem.asCould)
                    }
                    previousNeed = found.isEmpty ? nil : sentence
                    if !found.isEmpty {
                        candidates.append(
                            contentsOf: found.flatMap {
                                Self.splittingRefusals(Self.namingWhatIsDropped(Self.markingDropsAsWont($0)))
                            })
                    } else if processAsked,
                        let process = wantedProcess(
                            said, source: ref, conversation: conversation, following: sentences[(position + 1)...])
                    {
                        var found = process
                        let question = transcript.turns[index - 1]
                        let asked = SentenceSplitter().split(question.text).last ?? ""
                        found.sourceRefs.append(Self.ref(question, in: transcript, quoting: asked))
                        candidates.append(found)
                    } else if WantedProcess.describesNewProduct(said),
                        let process = wantedProcess(said, source: ref, conversation: conversation)
                    {
                        // "In the new system people pick their seat on the map": the product to be.
                        candidates.append(process)
                    } else if readBack.map({ position > $0 }) ?? listed.contains(position),
                        let item = readBackItem(said, source: ref, conversation: conversation, listed: readBack == nil)
                    {
                        readBackItems.insert(candidates.count)
                        candidates.append(item)
                    }
                }
            }
        }
        let merged = merger.merge(
            Self.settling(
                candidates, in: transcripts, interviewers: interviewers, products: products,
                readBackItems: readBackItems))
        return (
            Self.numbered(merged, interviewSessions: interviewSessions, interviewers: interviewers), sentenceCount,
            candidates.count
        )
    }

    /// The requirement one sentence states, or `nil` when it states no need.
    package func requirement(
        from sentence: String, source: SourceRef, speakerRole: String?,
        conversation: ConversationContext? = nil
    ) -> Requirement? {
        var cleaned = SpeechCleaner().clean(sentence)
        // "They shouldn't need a password, half of them will forget it.": the need, not its reason.
        if let need = SplicedReason.withoutReason(cleaned.text) { cleaned.text = need }
        // "The ordered quantity, it should be the default": the name, not "it", is the subject.
        if let named = PointerResolution.dislocated(cleaned.text) { cleaned.text = named }
        // "So that stays: …", "let's say …", "if I could …, that would be nice": a framed need.
        if let conversation,
            let framed = framedNeed(cleaned, sentence: sentence, source: source, conversation: conversation)
        {
            return framed
        }
        // "When it senses a fall it should buzz": the condition ends before the main clause's "it".
        if let marked = StatementBuilder.commaAfterLeadingCondition(cleaned.text) { cleaned.text = marked }
        // "You presented a design on the board that it should be light": the reported clause;
        // "the logo has to be on it": among a team, on the product.
        cleaned.text = Self.placedOnProduct(ReportedClause.after(cleaned.text) ?? cleaned.text, in: conversation)
        // "I'd like a bigger handle with": a turn broken off after a preposition (and article) loses it.
        if let end = sentence.last, end.isLetter {
            var words = cleaned.text.split(separator: " ").map(String.init)
            let articles = words.count > 3 && ["the", "a", "an"].contains(SpeechCleaner.bare(words[words.count - 1]))
            if articles { words.removeLast() }
            if let last = words.last, CandidateFilter.prepositions.contains(SpeechCleaner.bare(last)) {
                words.removeLast()
                cleaned.text = TextCleanup.trim(words.joined(separator: " "))
            }
        }
        // "What I want, first, is that people can book online": the need after the "is".
        if let cleft = PseudoCleft.unfolded(cleaned.text),
            !cleft.clauseOnly || NeedDetector.containsNeedCue(cleft.sentence.lowercased())
        {
            cleaned.text = cleft.sentence
        } else if let cleft = PseudoCleft.unfolded(cleaned.text) {
            guard let conversation, conversation.vocabulary.mentionsRecurring(cleft.sentence) else { return nil }
            return speakerWordsRequirement(
                TextCleanup.trim(StatementPolisher.trimmingRationale(cleft.sentence), " ,;:-!.") + ".", source: source,
                priority: cleft.must ? .must : .should,
                strength: 0.7, hedges: cleaned.hedges)
        }
        // "Okay, voice is nice to have.": a thing and its priority, which no need phrase carries.
        if let conversation, !sentence.contains("?"), let verdict = PriorityVerdict.reading(cleaned.text),
            conversation.vocabulary.mentionsRecurring(verdict.words)
        {
            return speakerWordsRequirement(
                verdict.words, source: source, priority: verdict.priority, strength: 0.7, hedges: cleaned.hedges)
        }
        var matches = NeedDetector().detectAll(cleaned.text, original: sentence)
        // "We don't have to so this is …": a need phrase broken off at once; what follows is read on its own.
        if let first = matches.first, first.cueEnd < first.words.count,
            let skip = Self.brokenOffSkip(cue: first.cue.words, predicate: Array(first.words[first.cueEnd...]))
        {
            cleaned.text = TextCleanup.capitalizedFirst(first.words[(first.cueEnd + skip)...].joined(separator: " "))
            matches = NeedDetector().detectAll(cleaned.text, original: sentence)
        }
        // "We decided that, or we know that we need to use company colours": a decision reported
        // with "that" frames the need phrase after it, which carries the need.
        let framed =
            matches.count > 1 && matches[0].cue.decision
            && matches[0].words.dropFirst(matches[0].cueEnd).first.map(SpeechCleaner.bare) == "that"
        // "Under forty euros retail, otherwise it won't sell": the need phrase is in the reason.
        if let conversation, let first = matches.first,
            first.cueStart >= StatementPolisher.trimmingRationale(cleaned.text).split(separator: " ").count,
            let price = priceRequirement(cleaned, sentence: sentence, source: source, conversation: conversation)
        {
            return price
        }
        guard let match = framed ? matches[1] : matches.first else {
            guard let conversation else { return nil }
            if let ruled = ruledOut(cleaned, original: sentence, source: source, conversation: conversation) {
                return ruled
            }
            if let said = unmarkedNeed(cleaned, sentence, source: source, role: speakerRole, conversation: conversation)
            {
                return said
            }
            // A client describing what the product does: in an interview, how a need is said.
            guard !conversation.firstPersonIsTeam,
                let words = ProductStatement.words(cleaned.text, original: sentence)
                    ?? ProductStatement.capability(cleaned.text, original: sentence),
                conversation.vocabulary.mentionsRecurring(words)
            else { return nil }
            return speakerWordsRequirement(
                words, source: source, priority: .should, strength: 0.6, hedges: cleaned.hedges)
        }
        guard CandidateFilter().rejection(of: match) == nil else { return nil }
        let priority = PriorityWords.priority(in: sentence) ?? match.priority
        let clauseStart = match.clauseStart
        let spokenSubject = Array(match.words[clauseStart..<match.cueStart].map(SpeechCleaner.bare))
        // "I'd like to pay by card": the cue's own "I" does the paying ("I'd like English too" asks
        // the product for a thing, as a subject-less cue does).
        let subject = spokenSubject.isEmpty ? StatementBuilder.speakerInCue(match).map { [$0] } ?? [] : spokenSubject
        let predicate = Array(match.words[match.cueEnd...].map(SpeechCleaner.bare))
        if let conversation, conversation.firstPersonIsTeam, conversation.namesParticipant(subject) {
            return nil
        }
        // "Email when something needs my approval": the need phrase is the condition's, not the
        // sentence's; read so, it would say something needs the approval.
        // "Every place cancelled after the deposit has to …": "after" only places the thing.
        if spokenSubject.dropFirst().contains(where: ["when", "whenever", "if", "unless", "once", "while"].contains) {
            return nil
        }
        // Among a team, "most people want …", "other people want …": what a survey found, which the
        // team may follow or not; a decision says what the product will do.
        if conversation?.firstPersonIsTeam == true, Self.reportsSurvey(subject) { return nil }
        if Self.isNoWish(subject: subject, predicate: predicate, cue: match.cue) { return nil }
        if NeedCue.impersonalWishes.contains(match.cue.words), !NeedCue.productVerbs.contains(predicate.first ?? "") {
            return nil
        }
        // "We decided ... so the Industrial Designer should work on the design": a decision that
        // hands out tasks to participants is about the meeting, not the product.
        if match.cue.decision, let conversation, conversation.firstPersonIsTeam,
            Self.assignsTask(predicate, conversation: conversation)
                || Self.namesPersonForTask(Array(match.words[match.cueEnd...]))
        {
            return nil
        }
        // "It still has to meet those limits": "it" and "those" both point at what was said
        // before, so nothing is left that a reader could check.
        if subject.filter({ !Self.clauseOpeners.contains($0) && !NeedDetector.subjectAdverbs.contains($0) })
            .allSatisfy(Self.pointingWords.contains),
            predicate.prefix(3).contains(where: { ["those", "these", "this"].contains($0) })
        {
            return nil
        }
        // Among a team, "it's important to place your laptop on the spot": an instruction to the
        // listeners ("fit in your hand" is a property, and keeps its "your" further on).
        if conversation?.firstPersonIsTeam == true, predicate.prefix(2).contains("your") { return nil }
        // Among a team, "it will be very expensive", "the interface will be different" predict or
        // judge; a decision is said as "it'll have", "we'll use" or with a modal.
        if conversation?.firstPersonIsTeam == true, ["will", "won't"].contains(match.cue.words.first ?? ""),
            predicate.first == "be"
        {
            return nil
        }
        // Among a team, what "I" have to do is that person's task ("I have to defend our design"),
        // not the product's.
        if conversation?.firstPersonIsTeam == true,
            subject.drop(while: Self.clauseOpeners.contains) == ["i"], let cue = match.cue.words.first,
            Self.obligationCues.contains(cue)
        {
            return nil
        }
        // "We should make it smaller", "I don't want essays": first person is the speaker's side
        // (the design team, the client's organisation), never an actor to invent; only an ability
        // ("we need to be able to ...") is rewritten, for the speaker's role.
        // A client's "I want to see who is on shift" asks to be able to see data, as "be able to" does.
        let seesData = conversation?.firstPersonIsTeam == false && NeedDetector.seesData(predicate.drop { $0 == "to" })
        let teamSpeaks =
            StatementBuilder.firstPersonSubject(subject) && !Self.saysAbility(match) && !seesData
            && !StatementBuilder.isObjectThenTo(predicate)
        // A weakly anchored need (a decision, the speaker's "we", a bare "it" in a meeting, where it
        // may point at anything said before) must speak of what the conversation is about.
        let weaklyAnchored =
            match.cue.decision || teamSpeaks
            || conversation?.firstPersonIsTeam == true && !subject.isEmpty
                && subject.allSatisfy { Self.pointingWords.contains($0) || StatementBuilder.determiners.contains($0) }
        let content = match.cue.trailing ? subject : predicate
        // "It has to be very slim and small": among a design team, a bare "it" given a quality of
        // a product (size, weight, feel, cost, ease) speaks of the product, whatever words recur.
        let describesProduct =
            conversation?.firstPersonIsTeam == true
            && (subject.last == "it"
                && (predicate.first == "be"
                    && predicate.contains(where: { Self.productQualities.contains($0) || $0.hasSuffix("proof") })
                    || Self.describesLookOrFeel(predicate) || Self.namesPlatform(predicate)
                    || PriceStatement.said(cleaned.text, original: sentence, amongTeam: true) != nil)  // its price
                || predicate.first == "make" && Self.describesLookOrFeel(predicate))
            // "Ergonomics is really important", "light and waterproof is key": a quality of the
            // product, ranked.
            || match.cue.trailing
                && subject.contains(where: { Self.qualityNouns.contains($0) || Self.productQualities.contains($0) })
        // A client's "we want" or "English would be nice" answering the question is about what was asked.
        let answersQuestion =
            (teamSpeaks && !match.cue.decision || match.cue.trailing && conversation?.firstPersonIsTeam == false)
            && conversation?.answersQuestion(turn: source.turn) == true
            && !Self.pointsBack(predicate)
            && !match.words[..<match.cueStart].contains(where: { Self.reportingVerbs.contains(SpeechCleaner.bare($0)) })
        // Said for the others to agree to, and agreed ("It has to work on Android too, right?"
        // "Both, yeah."), or taken up ("We need to avoid ambiguities like these." "Good point.").
        let agreed =
            NeedDetector.asksAssent(sentence) && conversation?.agreedTo(turn: source.turn) == true
            || conversation?.endorsed(sentence, turn: source.turn) == true
            || match.cue.decision && !predicate.prefix(2).contains(where: Self.pointingWords.contains)
                && conversation?.takenUp(sentence, turn: source.turn) == true
        if let conversation, weaklyAnchored || match.cue.trailing, !answersQuestion, !describesProduct, !agreed,
            !conversation.vocabulary.mentions(words: content),
            !Self.refusesWhatWasRaised(
                match, subject: spokenSubject, content: content, at: source.turn, in: conversation)
        {
            return nil
        }
        // The need kept as said; "we don't want ads", "we didn't want a second screen": what is
        // ruled out is a Won't, unless the speaker ranked it.
        // "The kiosk should print receipts, I'm not sure about email": a negation lost with a
        // trailing clause is a negation lost; the whole sentence goes to the reviewer to reword.
        let wholeSentence = { (kept: String) -> String? in
            let negated = NegationPolarity.isNegated(StatementPolisher.beforeReason(sentence))
            guard NegationPolarity.isNegated(kept) != negated, NegationPolarity.isNegated(cleaned.text) == negated,
                !Self.restatesOnly(kept, in: cleaned.text)
            else { return nil }
            return TextCleanup.trim(cleaned.text, " ,;:-!.") + "."
        }
        let inSpeakersWords = { () -> Requirement? in
            guard let clause = Self.speakerWords(cleaned.text, match: match) else { return nil }
            let words = wholeSentence(clause) ?? clause
            let ruledOut =
                [nil, match.priority].contains(PriorityWords.priority(in: sentence))
                && Self.wishes.contains(match.cue.words.joined(separator: " "))
                && StatementBuilder.wishNegator(in: subject) != nil
            return self.speakerWordsRequirement(
                words, source: source, priority: ruledOut ? .wont : priority, strength: match.cue.strength,
                hedges: cleaned.hedges)
        }
        // "The system will change and we have to anticipate": a team's "we" a rewrite would make "users".
        let wouldGuess =
            Self.rewriteWouldGuess(subject: subject, cue: match.cue, predicate: predicate)
            || conversation?.firstPersonIsTeam == true && predicate.contains(where: Self.teamWords.contains)
        // "We want the lamp to dim at night": what is wished of a thing is said of the thing ("The
        // lamp should dim at night"), whoever "we" are.
        let thingWished =
            teamSpeaks && Self.wishes.contains(match.cue.words.joined(separator: " "))
            && StatementBuilder.wishNegator(in: subject) == nil
            && StatementBuilder.wishedOfAThing(match.words[match.cueEnd...].joined(separator: " ")) != nil
        if match.cue.decision || teamSpeaks && !thingWished || wouldGuess { return inSpeakersWords() }
        guard let statement = StatementBuilder().build(match, speakerRole: speakerRole) else { return nil }
        let text = statement.statement(priority: priority)
        guard text.split(separator: " ").count <= 40 else { return nil }
        if conversation?.firstPersonIsTeam == true,
            Self.turnsTeamIntoUsers(condition: statement.condition, of: sentence)
        {
            return speakerWordsRequirement(
                TextCleanup.trim(cleaned.text, " ,;:-!.") + ".", source: source, priority: priority,
                strength: match.cue.strength, hedges: cleaned.hedges)
        }
        // The rewrite must keep the polarity of what was said (less a rationale it dropped); when it
        // cannot, say it as it was said.
        let said = Self.speakerWords(cleaned.text, match: match) ?? cleaned.text
        if NegationPolarity.isNegated(text) != NegationPolarity.isNegated(said) || wholeSentence(text) != nil
            || !Self.modalFits(subject: statement.subject, action: statement.action)
            // "Users shall show my bookings": a rewrite that keeps the speaker's "I" reads as if the
            // product said it.
            || TextTokens(statement.subject + " " + statement.action).words.contains(where: {
                ["i", "ive", "im", "id", "me", "my"].contains($0)
            })
        {
            return inSpeakersWords()
        }
        let classification = classifier.classify(text)
        let criteria = AcceptanceCriteriaExtractor().criteria(in: cleaned.text)
        return Requirement(
            id: "", title: RequirementTitle.title(of: text), statement: text, type: classification.type,
            category: classification.category, priority: priority, actor: statement.actor,
            action: statement.action, condition: statement.condition, acceptanceCriteria: criteria,
            confidence: Self.confidence(
                strength: match.cue.strength, classifier: classification.confidence,
                measurable: !criteria.isEmpty, hasActor: statement.actor != nil, hedges: cleaned.hedges),
            sourceRefs: [source])
    }
}
