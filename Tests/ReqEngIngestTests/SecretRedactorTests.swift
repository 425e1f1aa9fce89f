import Testing

@testable import ReqEngIngest

@Suite struct SecretRedactorTests {
    @Test(arguments: [
        ("our key is sk-proj-AbCdEf0123456789xyzXYZ, keep it", "our key is [REDACTED:api_key], keep it"),
        ("curl -H 'Authorization: Bearer abcDEF123456789.xyz'", "curl -H 'Authorization: Bearer [REDACTED:token]'"),
        ("AWS AKIAABCDEFGHIJKLMNOP in the config", "AWS [REDACTED:api_key] in the config"),
        ("the admin password: Winter2026! for now", "the admin password: [REDACTED:secret] for now"),
        ("token eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4", "token [REDACTED:token]"),
    ])
    func secretsAreAlwaysMasked(input: String, expected: String) {
        #expect(SecretRedactor().redact(input) == expected)
    }

    @Test(arguments: [
        "The system must respond within 2 seconds for 500 users.",
        "Backups every 24 hours, kept for 30 days, since 2026-03-02.",
        "We need a password reset by e-mail.",
        "Call ana@example.org or +44 20 7946 0958 if it breaks.",
    ])
    func ordinaryTextAndPIIWithoutTheFlagStayAsTheyAre(input: String) {
        #expect(SecretRedactor().redact(input) == input)
    }

    @Test func piiIsMaskedWhenAsked() {
        let redactor = SecretRedactor(redactPII: true)
        #expect(
            redactor.redact("Call ana@example.org or +44 20 7946 0958 on 2026-03-02.")
                == "Call [REDACTED:email] or [REDACTED:phone] on 2026-03-02.")
        #expect(
            redactor.redact("We have 24 50-minute slots and 10 000 SKUs.")
                == "We have 24 50-minute slots and 10 000 SKUs.")
    }

    @Test func knownSecretsFromTheEnvironmentAreMaskedWherever() {
        let canary = "canary-9f8e7d6c5b4a"
        let environment = ["OPENAI_API_KEY": canary, "HOME": "/root", "GITHUB_TOKEN": "ghtoken-value-1"]
        let redactor = SecretRedactor(knownSecrets: SecretRedactor.secrets(in: environment))
        #expect(redactor.redact("someone pasted \(canary)here") == "someone pasted [REDACTED:secret]here")
        #expect(SecretRedactor.secrets(in: environment).count == 2)
    }

    /// The literal pre-checks only skip patterns that cannot match: with and without them, the
    /// redactor says the same of secrets in any case, mixed with ordinary and non-ASCII text.
    @Test func shortcutsChangeNothing() {
        let pieces = [
            "we need exports", "BEARER abcdefghijklmnop", "bearer\tABCDEFGHIJKLMNOP", "Sk-abcdefghijklmnopqr",
            "sk-abcdefghijklmnopqrst", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "xoxb-1234567890ab",
            "AKIAABCDEFGHIJKLMNOP", "eyJabcdefghij.eyJabcdefghij.abcdefghijk", "API-KEY = s3cr3tvalue",
            "Access_Token is 0123456789abc", "PASSWD:hunter2222", "Secret= topsecret1", "the token, please",
            "caf\u{E9} password: d\u{E9}j\u{E0}vu99", "mail ana@example.org", "+44 20 7946 0958", "2026-03-02",
            "keyboard shortcuts", "\u{212A}EY = abcdefgh",
        ]
        for redactor in [SecretRedactor(), SecretRedactor(redactPII: true)] {
            for first in pieces {
                for second in pieces {
                    let text = "\(first) and \(second)"
                    #expect(redactor.redact(text) == redactor.redact(text, shortcuts: false), "\(text)")
                }
            }
        }
    }
}
