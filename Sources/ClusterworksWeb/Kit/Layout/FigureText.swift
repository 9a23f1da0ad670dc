import ClusterworksDomain

/// A figure as tables show it: to two decimals at most, a dash when there is none.
enum FigureText {
    static func rounded(_ v: Double?) -> String { v.map { Wording.current.number($0, digits: 2) } ?? "—" }
}
