import Foundation

/// What a figure is about.
public enum ResultSubject: Sendable, Equatable, Hashable {
    /// The record the figures are kept under (a cluster, a network, a project).
    case owner(ScopeKind)
    /// A firm or an institution (an association) within it.
    case actor(UUID, ActorKind, InstitutionType?)
    case network(UUID)

    /// Why an indicator of `level` cannot be measured for this subject, naming the field to fix.
    public func mismatch(_ level: IndicatorLevel) -> (field: String, message: Phrase)? {
        switch (level, self) {
        case (.firm, .actor(_, .enterprise, _)): return nil
        case (.firm, _): return ("actorId", L("must name an enterprise: the indicator is measured for each firm"))
        case (.network, .network): return nil
        case (.network, .owner(.network)): return nil
        case (.network, .actor(_, .institution, let type)) where Self.associations.contains(type): return nil
        case (.network, _): return ("networkId", L("must name a network, or an association in the firm or association field: the indicator is measured for networks and associations"))
        case (.cluster, .owner(.cluster)): return nil
        case (.cluster, _): return ("indicatorId", L("is a cluster indicator: record it for the cluster as a whole, without a firm or network"))
        case (.project, .owner(.project)): return nil
        case (.project, _): return ("indicatorId", L("is a project indicator: record it on the project"))
        }
    }

    static let associations: Set<InstitutionType?> = [.businessAssociation, .cooperative, .chamber]
}
