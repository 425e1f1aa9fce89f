import ReqEngModel

/// The confidence a requirement is given once the whole conversation has been read: how often a
/// requirement read this way turned out to be a real, distinct need on the labelled development set
/// (`eval/`), so that confidence can be read as a probability.
///
///     base            0.72 in a session with an interviewer (an elicitation interview: the
///                          stakeholders' words are answers about the product)
///                     0.45 in a session where everyone decides (a design meeting or workshop:
///                          options, tasks and asides are mixed with decisions)
///   + 0.07            confirmed: a stakeholder said yes (or no) to a proposal
///   + 0.05            restated by a second speaker
///   + 0.04            in an interview, rewritten with an explicit actor (not kept in the
///                     speaker's words)
///   + 0.03            states a measurable criterion
///   − 0.08            a statement of six words or fewer (often a fragment)
///   + 0.5 × (s − 0.7) the sentence's own reading `s` (need-phrase strength, hedges, classifier;
///                     ``ExtractionAgent/confidence(strength:classifier:measurable:hasActor:hedges:)``),
///                     centred on its typical value
///
/// clamped to 0.05…0.99 and rounded to two decimals. The weights are few and coarse on purpose:
/// they follow kinds of evidence, not sentences of the development set.
package enum ConfidenceCalibration {
    package static func confidence(
        of requirement: Requirement, sentenceConfidence: Double, interviewSession: Bool, confirmed: Bool
    ) -> Double {
        var value = interviewSession ? 0.72 : 0.45
        if confirmed { value += 0.07 }
        if Set(requirement.sourceRefs.map(\.speaker)).count > (confirmed ? 2 : 1) { value += 0.05 }
        if interviewSession && !requirement.isInSpeakersWords && requirement.actor != nil { value += 0.04 }
        if !requirement.acceptanceCriteria.isEmpty { value += 0.03 }
        if requirement.statement.split(separator: " ").count <= 6 { value -= 0.08 }
        value += 0.5 * (sentenceConfidence - 0.7)
        return (min(0.99, max(0.05, value)) * 100).rounded() / 100
    }
}
