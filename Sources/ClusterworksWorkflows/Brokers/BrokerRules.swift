import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Rules a broker's employment and assignments keep against the broker's other records.
package enum BrokerRules {
    /// One employer at a time, and an institution that is one.
    package static func employment(_ w: RecordWrite<BrokerEmploymentModel>) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        if let id = w.values.uuid("institutionId"), let actor = try await ActorModel.find(id, on: w.db), actor.actorKind != .institution {
            errors.add("institutionId", L("must name an institution, not an enterprise"))
        }
        guard let broker = w.values.uuid("brokerId"), let from = w.values["fromOn"]?.date else { return errors }
        let to = w.values["toOn"]?.date
        let others = try await BrokerEmploymentModel.query(on: w.db).filter(\.$brokerId == broker).all().filter { $0.id != w.existing?.id }
        for o in others {
            guard let oFrom = CalendarDate(o.fromOn) else { continue }
            let oTo = o.toOn.flatMap { CalendarDate($0) }
            // Open ends run on: two spans overlap when each starts before the other ends.
            if oTo.map({ from <= $0 }) ?? true, to.map({ oFrom <= $0 }) ?? true {
                errors.add("fromOn", oTo.map { L("overlaps the employment \(o.title) to \($0): one employer at a time; end that one first") } ?? L("overlaps the employment \(o.title) (still running): one employer at a time; end that one first"))
                break
            }
        }
        return errors
    }

    /// A broker's assignments never ask for more than all of their time on any day.
    package static func assignment(_ w: RecordWrite<BrokerAssignmentModel>) async throws -> ValidationErrors {
        guard let broker = w.values.uuid("brokerId"), let from = w.values["fromOn"]?.date, let share = w.values["timeShare"]?.integer else { return .init() }
        let others = try await BrokerAssignmentModel.query(on: w.db).filter(\.$brokerId == broker).all().filter { $0.id != w.existing?.id }
        let workload = BrokerWorkload(others.compactMap(\.span))
        guard let over = workload.overload(adding: .init(from: from, to: w.values["toOn"]?.date, share: share)) else { return .init() }
        return .init(field: "timeShare", L("would take the broker's assignments to \(over.total) % of their time on \(over.on); at most 100 %"))
    }
}

extension BrokerAssignmentModel {
    package var span: BrokerWorkload.Span? {
        guard let from = CalendarDate(fromOn) else { return nil }
        return .init(from: from, to: toOn.flatMap { CalendarDate($0) }, share: timeShare)
    }
}
