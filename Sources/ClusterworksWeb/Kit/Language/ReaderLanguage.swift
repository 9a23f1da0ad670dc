import ClusterworksDomain
import Vapor

/// The cookie a reader who is not signed in keeps their pick of language in (the sign-in page).
enum LanguageCookie {
    static let name = "cw_lang"
}

private struct WordingKey: StorageKey {
    typealias Value = Wording
}

extension Request {
    /// The reader's language and formats: the user's setting, else their pick, else `Accept-Language`
    /// (which an API call's header overrides).
    /// Read once sign-in is known, then kept for the request.
    var wording: Wording {
        if let known = storage[WordingKey.self] { return known }
        let asked = headers.first(name: .acceptLanguage)
        // A program calling the API says per request which language it wants; a person's pages follow their setting.
        let setting = isAPI && !LanguageChoice.accepted(asked ?? "").isEmpty ? nil : signedIn?.user.userLanguage
        let choice = LanguageChoice.resolve(setting: setting, picked: cookies[LanguageCookie.name]?.string, acceptLanguage: asked)
        let wording = Wording(language: choice.language, region: choice.region)
        if signedIn != nil || isAPI { storage[WordingKey.self] = wording }
        return wording
    }
}

/// Binds the reader's wording for the rest of the request, so that every phrase a page or an error
/// message says is in their language. Runs after sign-in is known.
struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await Wording.$current.withValue(request.wording) { try await next.respond(to: request) }
    }
}
