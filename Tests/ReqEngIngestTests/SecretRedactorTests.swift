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
}
