import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
import Foundation
import Testing

/// Sentences with markup or data inside, and values that name themselves in each language.
@Suite("Sentences said whole, with their markup and data")
struct SentenceTests {
    @Test("a sentence with a link inside is translated whole; the link wraps its value, and data inside stays escaped")
    func linked() {
        let phrase = L("The programme's target matrix applies (\(L("see it"))).")
        let fr = Wording.$current.withValue(Wording(language: .fr)) {
            HTML.sentence(phrase) { "<a href=\"/net/targets\">\($0)</a>" }.raw
        }
        #expect(fr == "La matrice des cibles du programme s’applique (<a href=\"/net/targets\">la voir</a>).")
        let token = Wording.$current.withValue(Wording(language: .es)) {
            HTML.sentence(L("Send a token as \(Phrase.verbatim("Authorization: Bearer <token>")) to the API under \(Phrase.verbatim("/api/v1")) (\(L("OpenAPI document")))."),
                          wrap: [0: HTML.code, 1: HTML.code]).raw
        }
        #expect(token == "Envíe un token como <code>Authorization: Bearer &lt;token&gt;</code> a la API en <code>/api/v1</code> (Documento OpenAPI).")
    }

    @Test("a country's title is its name in the reader's language, with its code")
    func country() {
        let senegal = CountryModel(code: "SN", iso3: "SEN", nameEn: "Senegal", nameEs: "Senegal", nameFr: "Sénégal")
        #expect(Wording(language: .fr).say(senegal.title) == "Sénégal (SN)")
        #expect(senegal.title.english == "Senegal (SN)")
    }

    @Test("a change is written with its sign in the reader's format")
    func change() {
        #expect(Wording(language: .en).change(0.12) == "+12%")
        #expect(Wording(language: .fr).change(-0.03) == "-3\u{00A0}%")
        #expect(Wording(language: .fr).change(.nan) == "—")
    }
}
