@testable import ClusterworksWeb
import Testing

@Suite("Secrets are stored as their SHA-256 in lower-case hex")
struct SecretTokenTests {
    @Test("the stored hash is SHA-256's own, so sessions and tokens stored by earlier versions still match")
    func knownDigests() {
        #expect(SecretToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SecretToken.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
