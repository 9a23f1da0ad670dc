import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A network's members as its page shows them, loaded once: who, in which role, from when to when,
/// and the form to admit one when the reader may change the network.
struct MemberList: Sendable {
    struct Member: Sendable {
        let membershipId: UUID
        let actorId: UUID
        let actorName: String
        let role: MembershipRole
        let joinedOn: String
        let leftOn: String?
        let leavingReason: LeavingReason?
    }

    let networkId: UUID
    let members: [Member]
    /// Members on the day the page is read.
    let current: Int
    /// The form to admit a member; nil when the reader may not change the network.
    let addForm: FilledForm?
}

/// One membership's page: the form to change it, its delete button, and its history.
struct MembershipSheet: Sendable {
    let networkId: UUID
    let networkName: String
    let membershipId: UUID
    let actorName: String
    let form: FilledForm
    let history: RecordHistory
}
