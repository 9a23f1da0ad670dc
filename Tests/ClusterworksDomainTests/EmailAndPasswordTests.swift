import ClusterworksDomain
import Testing

@Suite("E-mail addresses and passwords that stay what was typed")
struct EmailAndPasswordTests {
    @Test("an address with a control character is refused: a NUL would cut it short in the database",
          arguments: ["ann\u{0}@example.org", "ann@exa\u{1b}mple.org", "ann\u{85}@example.org"])
    func controlCharactersRefused(_ address: String) {
        #expect(!EmailAddress.isValid(address))
    }

    @Test("ordinary and international addresses are accepted; a domain needs a dot")
    func ordinaryAccepted() {
        #expect(EmailAddress.isValid("broker@example.org"))
        #expect(EmailAddress.isValid("josé.pérez@cámara.org.ni"))
        #expect(!EmailAddress.isValid("broker@localhost"))
        #expect(!EmailAddress.isValid("broker@-example.org"))
    }

    @Test("a password with a control character is refused: bcrypt would read it only up to a NUL")
    func passwordControl() {
        #expect(PasswordPolicy.problems("a good long pass\u{0}word").map(\.english).contains("must not contain control characters"))
        #expect(PasswordPolicy.problems("a good long password").isEmpty)
    }
}
