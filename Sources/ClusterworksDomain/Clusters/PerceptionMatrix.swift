/// The perceptions of a diagnostic laid out theme by theme, group by group, with where the groups
/// agree and where they differ — the Pune case turned on seeing this.
public struct PerceptionMatrix: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let theme: String
        public let group: StakeholderGroup
        public let severity: PerceptionSeverity
        public let statement: String
        public init(theme: String, group: StakeholderGroup, severity: PerceptionSeverity, statement: String) {
            self.theme = theme; self.group = group; self.severity = severity; self.statement = statement
        }
    }

    public enum Consensus: String, Sendable, Equatable {
        case agree, differ, oneGroup = "one_group"
        public var label: Phrase {
            switch self {
            case .agree: L("Groups agree")
            case .differ: L("Groups differ")
            case .oneGroup: L("Raised by one group")
            }
        }
    }

    public struct Row: Sendable, Equatable {
        public let theme: String
        public let byGroup: [StakeholderGroup: [Entry]]
        public let consensus: Consensus
    }

    public let groups: [StakeholderGroup]
    public let rows: [Row]

    /// Themes match regardless of case and surrounding spaces; groups appear in their usual order.
    public init(_ entries: [Entry]) {
        var order: [String] = []
        var byTheme: [String: [Entry]] = [:]
        for e in entries {
            let key = e.theme.trimmingCharacters(in: .whitespaces).lowercased()
            if byTheme[key] == nil { order.append(key) }
            byTheme[key, default: []].append(e)
        }
        let present = Set(entries.map(\.group))
        groups = StakeholderGroup.allCases.filter(present.contains)
        rows = order.map { key in
            let items = byTheme[key]!
            let byGroup = Dictionary(grouping: items, by: \.group)
            let severities = Set(items.map(\.severity))
            let consensus: Consensus = byGroup.count < 2 ? .oneGroup : (severities.count == 1 ? .agree : .differ)
            return Row(theme: items[0].theme, byGroup: byGroup, consensus: consensus)
        }
    }
}
