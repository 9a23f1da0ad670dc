import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import Testing
import Vapor

/// Every kind of record moves between the schema's values and the model's columns without loss:
/// what a model gives is what, applied to a new model, it gives back.
@Suite("Every record kind round-trips through its model")
struct RoundTripTests {
    /// Every record, as values, applied over a copy of itself whose every column was changed first:
    /// the copy must then give back the record's values for every field a user writes. A field
    /// `apply` skips keeps its changed value and shows. Read-only fields (a version, a dissolution)
    /// are written by the workflows and are not compared.
    static func check<M: SchemaRecord>(_: M.Type, _ db: any Database) async throws -> (records: Int, unseen: Set<String>) {
        let records = try await RecordQuery.all(M.self, on: db)
        // Values kept in other tables travel through `saveLinks`, not the model's columns.
        let linked = (M.self as? any RecordWithLinks.Type)?.linkedKeys ?? []
        let writable = Set(M.recordSchema.fields.filter { !$0.readOnly }.map(\.key)).subtracting(linked)
        var seen = Set<String>()
        for record in records {
            let values = record.values
            let copy = try changedCopy(record)
            copy.apply(values.filter { !linked.contains($0.key) })
            let want = values.filter { writable.contains($0.key) }, got = copy.values.filter { writable.contains($0.key) }
            #expect(got == want, "\(M.schema) \(record.id?.uuidString ?? "?"): \(Self.difference(want, got))")
            #expect(Set(values.keys).isSubset(of: Set(M.recordSchema.fields.map(\.key))), "\(M.schema) gives keys its schema lacks")
            seen.formUnion(values.keys)
        }
        // Every field a user writes, filled, over a changed copy: a field the demo leaves empty is checked too.
        if let first = records.first {
            let full = Self.everyField(M.recordSchema).filter { writable.contains($0.key) }
            let copy = try changedCopy(first)
            copy.apply(full)
            let got = copy.values.filter { writable.contains($0.key) }
            #expect(got == full, "\(M.schema) with every field: \(Self.difference(full, got))")
        }
        return (records.count, writable.subtracting(seen))
    }

    /// A value for every field of a schema, of the kind it takes.
    static func everyField(_ schema: RecordSchema) -> RecordValues {
        var v = RecordValues()
        for rule in schema.fields {
            switch rule.kind {
            case .text, .longText: v[rule.key] = .text("Sample \(rule.key)")
            case .email: v[rule.key] = .text("sample@example.org")
            case .integer(let range): v[rule.key] = .integer(min(range.lowerBound + 2, range.upperBound))
            case .decimal(let range): v[rule.key] = .decimal(min(range.lowerBound + 2.5, range.upperBound))
            case .date: v[rule.key] = .date(CalendarDate(year: 2001, month: 2, day: 3)!)
            case .boolean: v[rule.key] = .boolean(true)
            case .choice(let options): v[rule.key] = options.last.map { .text($0.value) }
            case .choices(let options): v[rule.key] = .list(options.suffix(2).map(\.value))
            case .textList: v[rule.key] = .list(["first item", "second item"])
            case .countryCode: v[rule.key] = .text("NI")
            case .countryCodes: v[rule.key] = .list(["NI", "SN"])
            case .reference: v[rule.key] = .reference(UUID())
            case .references: v[rule.key] = .list([UUID().uuidString.lowercased(), UUID().uuidString.lowercased()])
            case .breakdown: v[rule.key] = .list(Breakdown(["sex": ["female": 1.5, "male": 1]]).lines)
            }
        }
        return v
    }

    /// The record through its Codable columns with every value changed: text gets a mark, numbers
    /// grow, flags flip, ids become other ids; a choice takes another of its values; its own id and
    /// timestamps stay.
    static func changedCopy<M: SchemaRecord>(_ record: M) throws -> M {
        var columns = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        func decodes(_ c: [String: Any]) -> M? { try? JSONDecoder().decode(M.self, from: JSONSerialization.data(withJSONObject: c)) }
        for (key, value) in columns where !["id", "created_at", "updated_at"].contains(key) {
            for changed in changes(of: value, M.recordSchema) {
                var trial = columns
                trial[key] = changed
                if decodes(trial) != nil { columns = trial; break }
            }
        }
        return try #require(decodes(columns))
    }

    /// Values to try in place of a column's: a mark, or another option of the schema's choices.
    static func changes(of value: Any, _ schema: RecordSchema) -> [Any] {
        switch value {
        case let text as String:
            if UUID(uuidString: text) != nil { return [UUID().uuidString] }
            let options = schema.fields.compactMap { rule -> [ChoiceOption]? in if case .choice(let o) = rule.kind { o } else { nil } }
                .flatMap { $0 }.map(\.value).filter { $0 != text }
            return [text + "·"] + options
        case let flag as Bool where "\(type(of: value))".contains("Bool"): return [!flag]
        case let number as Int: return [number + 1]
        case let number as Double: return [number + 0.5]
        default: return []
        }
    }

    static func difference(_ a: RecordValues, _ b: RecordValues) -> String {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted().map { "\($0): \(a[$0].map { "\($0)" } ?? "nil") → \(b[$0].map { "\($0)" } ?? "nil")" }
            .joined(separator: "; ")
    }

    typealias Check = @Sendable (any Database) async throws -> (records: Int, unseen: Set<String>)
    static func kind<M: SchemaRecord>(_ type: M.Type) -> (String, Check) { (M.schema, { try await check(type, $0) }) }

    static let kinds: [(String, Check)] = [
        kind(CountryModel.self), kind(ProjectModel.self), kind(ActorModel.self), kind(PersonModel.self), kind(ClusterModel.self),
        kind(NetworkModel.self), kind(IndicatorModel.self), kind(UserModel.self), kind(MembershipModel.self),
        kind(DiagnosticModel.self), kind(PerceptionModel.self), kind(ChainStageModel.self), kind(LinkageModel.self), kind(EventModel.self),
        kind(ActionPlanModel.self), kind(ActionModel.self), kind(ContributionModel.self), kind(PlanReviewModel.self),
        kind(ResultEntryModel.self), kind(HandoverPlanModel.self), kind(ReadinessItemModel.self), kind(BrokerCostStepModel.self),
        kind(PhaseDecisionModel.self), kind(NetworkRulesModel.self), kind(BusinessPlanModel.self), kind(JointProjectModel.self),
        kind(ProjectContributionModel.self), kind(NETAssessmentModel.self), kind(NetworkRelationModel.self),
        kind(SupplierEvaluationModel.self), kind(ClientProfileModel.self), kind(ImprovementPlanModel.self), kind(ImprovementActionModel.self),
        kind(PartnershipDecisionModel.self), kind(RoundTableModel.self), kind(LinkageUnitModel.self), kind(FeeYearModel.self),
    ]

    @Test("given the demo programme, every record of every kind gives back its values through a new model", arguments: TestDatabase.available)
    func demoRecords(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database, demo: true) { app in
            var empty: [String] = []
            for (name, check) in Self.kinds {
                let (records, _) = try await check(app.db)
                if records == 0 { empty.append(name) }
            }
            // The demo holds records of every kind, so none goes unchecked.
            #expect(empty.isEmpty, "kinds without a record in the demo: \(empty)")
        }
    }

    @Test("the list of kinds checked holds every part of the app and every top-level kind")
    func everyKindListed() {
        let listed = Set(Self.kinds.map(\.0))
        let parts = Set(AppParts.descriptors.map(\.schema.type)).count
        #expect(listed.count == Self.kinds.count)
        #expect(listed.count >= parts + 8)
    }
}
