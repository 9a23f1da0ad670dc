import Foundation

/// One observation of a tie: who, which kind, on which day. The same observation twice says nothing
/// new and would count the tie twice; cooperation and conflict are the same tie read either way.
public struct TieRecord: Hashable, Sendable {
    public let from: UUID
    public let to: UUID
    public let type: TieType
    public let recordedOn: CalendarDate

    public init(from: UUID, to: UUID, type: TieType, recordedOn: CalendarDate) {
        (self.from, self.to) = type.isSymmetric && to.uuidString < from.uuidString ? (to, from) : (from, to)
        self.type = type
        self.recordedOn = recordedOn
    }

    public static func duplicate(_ new: TieRecord, among others: [TieRecord]) -> ValidationErrors {
        guard others.contains(new) else { return .init() }
        return .init(field: "recordedOn", L("this tie (\(new.type)) between the two is already recorded on \(new.recordedOn); change that record"))
    }
}
