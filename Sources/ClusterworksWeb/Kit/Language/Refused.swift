import ClusterworksDomain
import Vapor

/// A request refused with a message the reader gets in their language (the API keeps a stable `code`).
struct Refused: AbortError {
    let status: HTTPResponseStatus
    let phrase: Phrase
    var headers: HTTPHeaders = [:]

    init(_ status: HTTPResponseStatus, _ phrase: Phrase, headers: HTTPHeaders = [:]) {
        self.status = status
        self.phrase = phrase
        self.headers = headers
    }

    var reason: String { phrase.english }
}
