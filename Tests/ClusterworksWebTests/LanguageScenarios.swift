import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Which language a reader gets, and how they change it, on pages and in the API.
enum LanguageScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("a reader not signed in gets the sign-in page in their browser's language and may switch it", signInPage),
        ("a signed-in user's switch changes their setting, and only with the form's token", userSetting),
        ("API errors keep their code and say their message in the language the call asks for", apiErrors),
    ]

    static func signInPage(_ app: Application) async throws {
        var b = Browser(app)
        let spanish = try await b.send(.GET, "/sign-in", headers: ["Accept-Language": "es-NI,es;q=0.9,en;q=0.5"])
        #expect(spanish.body.string.contains("<html lang=\"es\">"))
        #expect(spanish.body.string.contains("Iniciar sesión"))
        let french = try await b.send(.POST, "/language", form: ["language": "fr", "back": "/sign-in"])
        #expect(french.status == .seeOther)
        #expect(french.headers.first(name: .location) == "/sign-in")
        #expect(try await b.send(.GET, "/sign-in", headers: ["Accept-Language": "es"]).body.string.contains("Se connecter"), "the pick outweighs the browser")
        // Where to go back to is never another site, and an unknown language is refused by name.
        let away = try await b.send(.POST, "/language", form: ["language": "es", "back": "https://example.com/"])
        #expect(away.headers.first(name: .location) == "/")
        let unknown = try await b.send(.POST, "/language", form: ["language": "de", "back": "/"])
        #expect(unknown.status == .badRequest)
        #expect(unknown.body.string.contains("language"))
    }

    static func userSetting(_ app: Application) async throws {
        var b = try await WebScenarios.signedInAdmin(app)
        func setting() async throws -> Language? {
            try await UserModel.query(on: app.db).filter(\.$email == "admin@example.org").first()?.userLanguage
        }
        let forged = try await b.send(.POST, "/language", form: ["language": "es", "back": "/", "_csrf": "forged"])
        #expect(forged.status == .forbidden)
        #expect(try await setting() == .en)
        _ = try await b.get("/")
        let switched = try await b.post("/language", ["language": "es", "back": "/clusters?q=a"])
        #expect(switched.status == .seeOther)
        #expect(switched.headers.first(name: .location) == "/clusters?q=a")
        #expect(try await setting() == .es)
        // The setting, not the browser, decides a signed-in reader's pages.
        let page = try await b.send(.GET, "/", headers: ["Accept-Language": "fr"]).body.string
        #expect(page.contains("<html lang=\"es\">") && page.contains("<h1>Cartera</h1>"))
    }

    static func apiErrors(_ app: Application) async throws {
        let token = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        func refusal(_ language: String?) async throws -> [String: Any] {
            let r = try await b.send(.POST, "/api/v1/clusters", json: "{}", bearer: token,
                                     headers: language.map { ["Accept-Language": $0] } ?? [:])
            #expect(r.status == .unprocessableEntity)
            return try #require(try WebScenarios.json(r)["error"] as? [String: Any])
        }
        let english = try await refusal(nil), french = try await refusal("fr-SN, en;q=0.5"), spanish = try await refusal("es")
        #expect(english["code"] as? String == "validation_failed" && french["code"] as? String == "validation_failed")
        #expect(english["message"] as? String == "Some fields are not valid.")
        #expect(french["message"] as? String == "Certains champs ne sont pas valides.")
        #expect((french["fields"] as? [String: [String]])?["name"] == ["est obligatoire"])
        #expect((spanish["fields"] as? [String: [String]])?["name"] == ["es obligatorio"])
        let missing = try await b.send(.GET, "/api/v1/clusters/\(UUID())", bearer: token, headers: ["Accept-Language": "es"])
        #expect(missing.status == .notFound)
        #expect((try WebScenarios.json(missing)["error"] as? [String: Any])?["code"] as? String == "not_found")
    }
}
