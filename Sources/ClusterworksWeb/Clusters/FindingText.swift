import ClusterworksAnalytics
import ClusterworksDomain

extension Finding {
    /// The finding in the reader's language; the names of actors and groups stay as they are.
    var phrase: Phrase {
        func names(_ n: [String], _ more: Bool = false) -> Phrase { .verbatim(n.joined(separator: ", ") + (more ? ", …" : "")) }
        switch self {
        case .size(let actors, let ties, let density):
            return L("\(actors) actors and \(ties) ties; \(number: (density * 1000).rounded() / 10) % of the possible ties exist.")
        case .connected: return L("Every actor can reach every other through the ties.")
        case .parts(let n): return L("The actors fall into \(n) separate parts that no tie connects.")
        case .isolated(let count, let n, let more): return L("\(count) actors have no cooperative tie: \(names(n, more)).")
        case .keyBrokers(let n): return L("Most paths between actors run through \(names(n)): without them the network would split or stretch.")
        case .liaisons(let count, let first): return L("\(count) actors link groups they do not belong to, first of all \(names(first)).")
        case .communities(let n, let modularity):
            return L("The ties form \(n) communities (modularity \(number: modularity)): actors deal mostly within their own.")
        case .bridge(let count, let n, let more, let x, let y, let direct):
            return direct
                ? L("\(count) actors link \(Phrase.verbatim(x)) to \(Phrase.verbatim(y)) beyond their direct ties: \(names(n, more)).")
                : L("\(count) actors are the only way from \(Phrase.verbatim(x)) to \(Phrase.verbatim(y)): \(names(n, more)).")
        case .holeSpanners(let n): return L("\(names(n)) reach contacts who are not tied to each other: they span structural holes.")
        case .transitivity(let t):
            return t > 0.3 ? L("Transitivity \(number: t): friends of friends are often tied, so trust can travel.")
                           : L("Transitivity \(number: t): few closed triangles, so ties rarely reinforce each other.")
        }
    }
}
