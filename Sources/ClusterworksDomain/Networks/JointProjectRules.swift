import Foundation

/// A joint project is the members' own: everyone taking part must be a member of the network.
public enum JointProjectRules {
    public static func check(participants: Set<UUID>, members: Set<UUID>) -> ValidationErrors {
        let strangers = participants.subtracting(members)
        return strangers.isEmpty ? .init() : .init(field: "participantIds", L("names \(strangers.count) organisations that are not members of this network"))
    }
}
