import ReqEngBase
import ReqEngModel

/// Masks secrets (API keys, bearer tokens, passwords said aloud) in transcript text, and with
/// `redactPII` also e-mail addresses and phone numbers, before anything downstream sees the text:
/// documents, logs, traces, the run store and reports then cannot leak them.
package struct SecretRedactor: Sendable, Hashable {
    /// Also mask e-mail addresses and phone numbers (`--redact-pii`).
    package var redactPII: Bool
    /// Exact values to mask wherever they appear (e.g. the API key in the environment).
    package var knownSecrets: [String]

    package init(redactPII: Bool = false, knownSecrets: [String] = []) {
        self.redactPII = redactPII
        self.knownSecrets = knownSecrets.filter { $0.count >= 8 }
    }

    /// The secret values in `environment` that must never be written out.
    package static func secrets(in environment: [String: String]) -> [String] {
        environment.filter { key, value in
            let upper = key.uppercased()
            return !value.isEmpty
                && (upper.hasSuffix("_API_KEY") || upper.hasSuffix("_TOKEN") || upper.hasSuffix("_SECRET")
                    || upper.hasSuffix("_PASSWORD"))
        }.map(\.value).sorted()
    }

    package func redact(_ text: String) -> String {
        redact(text, shortcuts: true)
    }

    /// `shortcuts: false` runs every pattern, for tests that the shortcuts change nothing.
    func redact(_ text: String, shortcuts: Bool) -> String {
        var result = text
        for secret in knownSecrets where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: "[REDACTED:secret]")
        }
        // On ASCII text, each pattern runs only when the text holds a literal every match of it
        // must contain: most turns hold none, and the regex engine is costly next to a byte scan.
        // (Non-ASCII text always runs them all: case-insensitive matching folds more than
        // `lowercased()` does.)
        let skipAbsent = shortcuts && result.utf8.allSatisfy { $0 < 0x80 }
        let lower = skipAbsent ? result.lowercased() : ""
        func mayMatch(_ text: String, _ literals: [String]) -> Bool {
            !skipAbsent || ByteSearch.containsAny(text, literals)
        }
        if mayMatch(lower, ["bearer"]) {
            result = result.replacing(Self.bearer) { _ in "Bearer [REDACTED:token]" }
        }
        if mayMatch(result, ["sk-", "AKIA", "_", "xox"]) {
            result = result.replacing(Self.apiKey) { _ in "[REDACTED:api_key]" }
        }
        if mayMatch(result, ["eyJ"]) {
            result = result.replacing(Self.jwt) { _ in "[REDACTED:token]" }
        }
        if mayMatch(lower, ["key", "token", "secret", "passw"]) {
            result = result.replacing(Self.assignment) { match in
                "\(match.output.1)\(match.output.2)[REDACTED:secret]"
            }
        }
        if redactPII {
            if mayMatch(result, ["@"]) {
                result = result.replacing(Self.email) { _ in "[REDACTED:email]" }
            }
            result = result.replacing(Self.phone) { match in
                let number = match.output.0.dropFirst(match.output.1.count)
                let digits = number.filter(\.isNumber).count
                // Dates (2026-03-02) and short figures ("24 50") are not phone numbers.
                let isDate = number.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
                return digits >= 8 && !isDate ? "\(match.output.1)[REDACTED:phone]" : String(match.output.0)
            }
        }
        return result
    }

    /// The transcript with every turn, title and participant role redacted.
    package func redact(_ transcript: Transcript) -> Transcript {
        var copy = transcript
        copy.title = transcript.title.map(redact)
        copy.turns = transcript.turns.map { turn in
            var redacted = turn
            redacted.text = redact(turn.text)
            return redacted
        }
        return copy
    }

    // Provider key shapes: OpenAI-style `sk-…`, AWS access keys, GitHub and Slack tokens.
    nonisolated(unsafe) private static let apiKey =
        /\b(?:sk-[A-Za-z0-9_\-]{16,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abpr]-[A-Za-z0-9\-]{10,})/
    nonisolated(unsafe) private static let bearer = /(?i:bearer)\s+[A-Za-z0-9._~+\/=\-]{12,}/
    nonisolated(unsafe) private static let jwt = /\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}/
    /// "password: hunter22", "api key = abc123xyz…", "token is 9f8e7d…".
    nonisolated(unsafe) private static let assignment =
        /(?i)\b((?:api[ _-]?key|access[ _-]?token|secret|password|passwd|token))(\s*(?:[:=]|is)\s*)[^\s,;]{6,}/
    nonisolated(unsafe) private static let email = /[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/
    /// International or national numbers of 8+ digits with the usual separators.
    nonisolated(unsafe) private static let phone =
        /(^|[^\w.])(?:\+\d{1,3}[ \-]?)?(?:\(\d{2,5}\)[ \-]?)?\d{2,5}(?:[ \-]\d{2,5}){1,4}(?=$|[^\w])/
}
