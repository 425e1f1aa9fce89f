import ReqEngModel

extension Requirement {
    /// Opening of the rationale of a requirement whose statement keeps the speaker's cleaned words,
    /// because they could not be rewritten as "<actor> shall <action>" with confidence.
    package static let speakerWordingNote = "Kept in the speaker's words"

    /// Whether the statement is the speaker's cleaned sentence rather than a normalised one: rules
    /// about wording (actor, action, passive voice) do not apply, a rewording finding does, and
    /// refinement never rewrites it.
    package var isInSpeakersWords: Bool { rationale?.hasPrefix(Self.speakerWordingNote) ?? false }
}
