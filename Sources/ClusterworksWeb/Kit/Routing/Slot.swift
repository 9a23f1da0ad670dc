import Foundation

/// A record's place in a path: its parameter when a route is registered, its id when a link is written.
/// One `SitePath` then serves both, so a link cannot point where no route listens.
enum Slot: Sendable, Hashable {
    case key
    case id(UUID)

    /// The id as written in addresses and JSON: lower-case, as the API has always written it.
    var text: String? {
        if case .id(let id) = self { return id.lowercasedText }
        return nil
    }
}

extension UUID {
    /// Lower-case, as every address and JSON document of the app writes an id.
    var lowercasedText: String { uuidString.lowercased() }
}
