import FluentKit
import Foundation

/// A list of records one record names (an event's organisations, a joint project's members), kept
/// as a join table: a row per record named, in the order given, each a foreign key — so "which
/// events did this firm attend" is a query, and a deleted firm leaves no dangling id.
public protocol ReferenceList: Sendable {
    associatedtype Owner: Model where Owner.IDValue == UUID
    static var table: String { get }
}

public final class ListedReference<List: ReferenceList>: Model, @unchecked Sendable {
    public static var schema: String { List.table }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "owner_id") public var owner: List.Owner
    @Field(key: "position") public var position: Int
    @Field(key: "item_id") public var itemId: UUID

    public init() {}

    public init(owner: UUID, position: Int, item: UUID) {
        self.$owner.id = owner
        self.position = position
        self.itemId = item
    }
}

public enum EventActors: ReferenceList { public typealias Owner = EventModel; public static let table = "event_actors" }
public enum EventPersons: ReferenceList { public typealias Owner = EventModel; public static let table = "event_persons" }
public enum RoundTableActors: ReferenceList { public typealias Owner = RoundTableModel; public static let table = "round_table_actors" }
public enum RoundTablePersons: ReferenceList { public typealias Owner = RoundTableModel; public static let table = "round_table_persons" }
public enum ActionPartners: ReferenceList { public typealias Owner = ActionModel; public static let table = "action_partners" }
public enum ChainStageActors: ReferenceList { public typealias Owner = ChainStageModel; public static let table = "chain_stage_actors" }
public enum JointProjectParticipants: ReferenceList { public typealias Owner = JointProjectModel; public static let table = "joint_project_participants" }
public enum IndicatorDimensions: ReferenceList { public typealias Owner = IndicatorModel; public static let table = "indicator_dimensions" }
