import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// Who acts in a workflow: what the rules know of them and the name their changes carry in history.
package struct Acting: Sendable {
    package let principal: Principal
    package let author: Author

    package init(principal: Principal, author: Author) {
        self.principal = principal
        self.author = author
    }
}

extension Acting {
    /// The installation itself (the demo loader, a command at the console): an administrator with
    /// no account, named in history by what it is.
    package static func system(_ name: String) -> Acting {
        Acting(principal: Principal(userId: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), role: .admin, assignments: []),
               author: Author(userId: nil, name: name))
    }
}
