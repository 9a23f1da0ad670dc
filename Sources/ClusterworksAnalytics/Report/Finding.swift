import Foundation

/// One thing the ties say, as facts with their values: the command line writes it in English
/// (`NetworkReport.findings`), the web app in its reader's language.
public enum Finding: Sendable, Equatable {
    /// `density` is the share of possible ties that exist, 0…1.
    case size(actors: Int, ties: Int, density: Double)
    case connected
    case parts(Int)
    /// Actors without a tie: how many, the first names, and whether more were left out.
    case isolated(count: Int, names: [String], more: Bool)
    case keyBrokers([String])
    case liaisons(count: Int, first: [String])
    case communities(Int, modularity: Double)
    /// Who links group `from` to group `to`: directly tied groups beyond their direct ties, or only through them.
    case bridge(count: Int, names: [String], more: Bool, from: String, to: String, directlyTied: Bool)
    case holeSpanners([String])
    case transitivity(Double)
}

extension NetworkReport {
    /// What the ties say, most general first.
    public var facts: [Finding] {
        var out: [Finding] = [.size(actors: nodes.count, ties: edgeCount, density: density), components == 1 ? .connected : .parts(components)]
        let alone = isolated
        if !alone.isEmpty { out.append(.isolated(count: alone.count, names: alone.prefix(8).map(\.id), more: alone.count > 8)) }
        let brokers = keyBrokers(3)
        if !brokers.isEmpty { out.append(.keyBrokers(brokers.map(\.id))) }
        let liaisons = nodes.filter { $0.liaisonCount > 0 }.sorted { $0.liaisonCount > $1.liaisonCount }
        if !liaisons.isEmpty { out.append(.liaisons(count: liaisons.count, first: liaisons.prefix(3).map(\.id))) }
        if communities > 1 && modularity > 0.3 { out.append(.communities(communities, modularity: modularity)) }
        for b in bridges.prefix(3) {
            out.append(.bridge(count: b.brokers.count, names: Array(b.brokers.prefix(6)), more: b.brokers.count > 6,
                               from: b.groups.0, to: b.groups.1, directlyTied: b.directlyTied))
        }
        let spanners = holeSpanners(3)
        if !spanners.isEmpty { out.append(.holeSpanners(spanners.map(\.id))) }
        out.append(.transitivity(transitivity))
        return out
    }

    /// Plain sentences for the broker, in English.
    public var findings: [String] { facts.map(english) }

    func english(_ f: Finding) -> String {
        func names(_ n: [String], _ more: Bool = false) -> String { n.joined(separator: ", ") + (more ? ", …" : "") }
        switch f {
        case .size(let actors, let ties, let density):
            return "\(actors) actors and \(ties) ties; \(String(format: "%.1f", density * 100)) % of the possible ties exist."
        case .connected: return "Every actor can reach every other through the ties."
        case .parts(let n): return "The actors fall into \(n) separate parts that no tie connects."
        case .isolated(let count, let n, let more):
            return "\(count) actor\(count == 1 ? " has" : "s have") no \(tieWord): \(names(n, more))."
        case .keyBrokers(let n): return "Most paths between actors run through \(names(n)): without them the network would split or stretch."
        case .liaisons(let count, let first):
            return "\(count) actor\(count == 1 ? " links" : "s link") groups they do not belong to, first of all \(names(first))."
        case .communities(let n, let modularity):
            return "The ties form \(n) communities (modularity " + String(format: "%.2f", modularity) + "): actors deal mostly within their own."
        case .bridge(let count, let n, let more, let x, let y, let direct):
            return direct
                ? "\(count == 1 ? "One actor links" : "These \(count) actors link") \(x) to \(y) beyond their direct ties: \(names(n, more))."
                : "\(x) reach \(y) only through \(count == 1 ? "one actor" : "\(count) actors"): \(names(n, more))."
        case .holeSpanners(let n): return "\(names(n)) reach contacts who are not tied to each other: they span structural holes."
        case .transitivity(let t):
            let closure = t > 0.3 ? "friends of friends are often tied, so trust can travel" : "few closed triangles, so ties rarely reinforce each other"
            return "Transitivity " + String(format: "%.2f", t) + ": " + closure + "."
        }
    }
}
