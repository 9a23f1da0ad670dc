import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Many ties added to a cluster's map of linkages at once (a survey typed into a spreadsheet):
/// every line is checked as a single tie would be — the schema, actors that exist, the same tie
/// not twice on one day, in the file or already on the map — and every bad line is reported; only
/// a file without problems is written, whole, in one transaction.
package enum TieImport {
    package struct Line: Sendable {
        package let number: Int
        package let input: [String: RawInput]
        package init(number: Int, input: [String: RawInput]) { self.number = number; self.input = input }
    }

    /// More problems than this are not listed: the file needs fixing as a whole.
    package static let problemLimit = 1_000

    package static func run(_ lines: [Line], into clusterId: UUID, by author: Author, today: CalendarDate,
                            field: String, on db: any Database) async throws -> [LinkageModel] {
        guard !lines.isEmpty else { throw FieldErrors(errors: .init(field: field, L("has no ties below the header"))) }
        let schema = LinkageSchema.schema, context = ValidationContext(today: today)
        var problems = ValidationErrors(), count = 0
        func report(_ line: Int, _ key: String, _ message: Phrase) {
            count += 1
            if count <= problemLimit { problems.add(field, L("line \(line), \(key): \(message)")) }
        }
        var read: [(line: Int, values: RecordValues)] = []
        read.reserveCapacity(lines.count)
        for line in lines {
            let (values, errors) = schema.read(line.input, context: context, ignoredKeys: RecordValidation.echoedKeys)
            for (key, messages) in errors.fields.sorted(by: { $0.key < $1.key }) { for m in messages { report(line.number, key, m) } }
            if errors.isEmpty { read.append((line.number, values)) }
        }
        let named = Set(read.flatMap { [$0.values.uuid("fromActorId"), $0.values.uuid("toActorId")].compactMap { $0 } })
        let actors = try await existingActors(named, on: db)
        var seen = Set(try await LinkageModel.query(on: db).filter(\.$clusterId == clusterId).all().compactMap(\.tieRecord))
        for (line, values) in read {
            for key in ["fromActorId", "toActorId"] where !actors.contains(values.uuid(key)!) {
                report(line, key, L("does not name an existing actor"))
            }
            if let tie = values.tieRecord, !seen.insert(tie).inserted {
                report(line, "recordedOn", L("this tie (\(tie.type)) between the two is recorded on \(tie.recordedOn) already, in the map or higher in the file"))
            }
        }
        if count > problemLimit { problems.add(field, L("and \(count - problemLimit) more problems; nothing was stored")) }
        guard problems.isEmpty else { throw FieldErrors(errors: problems) }
        return try await RecordWriter.createMany(LinkageModel.self, values: read.map(\.values), by: author, on: db,
                                                 configure: { $0.setOwner(.cluster, clusterId) })
    }

    /// Of these actors, those that exist, asked in slices that keep within the databases' limits.
    static func existingActors(_ ids: Set<UUID>, on db: any Database) async throws -> Set<UUID> {
        var found = Set<UUID>()
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 1000) {
            let slice = Array(all[start..<min(start + 1000, all.count)])
            found.formUnion(try await ActorModel.query(on: db).filter(\.$id ~~ slice).field(\.$id).all().compactMap(\.id))
        }
        return found
    }
}

extension LinkageModel {
    /// The tie as the rule "once per day" compares it.
    package var tieRecord: TieRecord? {
        guard let type = TieType(rawValue: tieType), let on = CalendarDate(recordedOn) else { return nil }
        return TieRecord(from: fromActorId, to: toActorId, type: type, recordedOn: on)
    }
}

extension Dictionary where Key == String, Value == FieldValue {
    var tieRecord: TieRecord? {
        guard let from = uuid("fromActorId"), let to = uuid("toActorId"), let type = text("tieType").flatMap(TieType.init(rawValue:)),
              let on = self["recordedOn"]?.date else { return nil }
        return TieRecord(from: from, to: to, type: type, recordedOn: on)
    }
}
