import Foundation

/// Who may read a supplier's evaluation. Programme staff, brokers and donors read them all; a
/// member enterprise reads its own evaluations and, as a client, those of its network's suppliers.
public enum EvaluationVisibility {
    public static func canRead(_ p: Principal, supplier: UUID, clientsOfNetwork: Set<UUID>) -> Bool {
        guard p.role == .enterpriseMember else { return true }
        guard let own = p.organisation else { return false }
        return own == supplier || clientsOfNetwork.contains(own)
    }

    /// Matching ranks firms by their scores across the programme: for staff, not for member enterprises.
    public static func mayMatch(_ p: Principal) -> Bool { p.role != .enterpriseMember }
}
