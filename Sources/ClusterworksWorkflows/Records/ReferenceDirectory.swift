import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Looks up records other records point to: does it exist, what is it called, where is its page.
package enum ReferenceDirectory {
    /// The model that stores records of a type; memberships are reached through their network.
    package static func model(_ type: RecordType) -> (any SchemaRecord.Type)? {
        switch type {
        case .country: CountryModel.self
        case .project: ProjectModel.self
        case .actor: ActorModel.self
        case .person: PersonModel.self
        case .cluster: ClusterModel.self
        case .network: NetworkModel.self
        case .user: UserModel.self
        case .indicator: IndicatorModel.self
        case .dimension: DimensionModel.self
        case .diagnostic: DiagnosticModel.self
        case .event: EventModel.self
        case .action: ActionModel.self
        case .jointProject: JointProjectModel.self
        case .improvementPlan: ImprovementPlanModel.self
        case .result: ResultEntryModel.self
        case .linkageUnit: LinkageUnitModel.self
        case .broker: BrokerModel.self
        case .brokerEmployment: BrokerEmploymentModel.self
        case .brokerAssignment: BrokerAssignmentModel.self
        case .course: CourseModel.self
        case .cohort: CohortModel.self
        case .cohortParticipant: CohortParticipantModel.self
        case .cooperationAgreement: CooperationAgreementModel.self
        case .cooperationActivity: CooperationActivityModel.self
        case .learningEdition: LearningEditionModel.self
        case .learningParticipant: LearningParticipantModel.self
        case .actionIdea: ActionIdeaModel.self
        case .membership, .perception, .chainStage, .linkage, .actionPlan, .contribution, .planReview,
             .handoverPlan, .readinessItem, .brokerCostStep, .netAssessment, .netTarget, .phaseDecision, .networkRules,
             .businessPlan, .projectContribution, .networkRelation, .supplierEvaluation, .clientProfile, .improvementAction,
             .partnershipDecision, .roundTable, .feeYear, .reportingPeriod: nil
        }
    }

    /// Names of records (actors, clusters, brokers): their titles are data, the same in every language.
    package static func titles(_ type: RecordType, _ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty, let model = model(type) else { return [:] }
        func load<M: SchemaRecord>(_: M.Type) async throws -> [UUID: String] {
            let rows = try await M.query(on: db).filter(\._$id ~~ ids).all()
            return Dictionary(rows.compactMap { r in r.id.map { ($0, r.title.english) } }, uniquingKeysWith: { a, _ in a })
        }
        return try await load(model)
    }

    /// Choices for a reference select; registries are bounded to keep forms light. Parts of a
    /// record (a cluster's events) are offered from the owner being edited only.
    package static func options(_ type: RecordType, owner: ScopeRef?, on db: any Database, limit: Int = 1000) async throws -> [ChoiceOption] {
        guard let model = model(type) else { return [] }
        func load<M: SchemaRecord>(_: M.Type) async throws -> [ChoiceOption] {
            var q = M.query(on: db).sort(M.defaultSort)
            // A top-level record's form (no owner) may point at any part (a broker's linkage unit).
            if let owned = M.self as? any OwnedRecord.Type, let owner {
                guard let column = owned.ownerColumn(owner.kind) else { return [] }
                q = q.filter(column, .equal, owner.id)
            }
            return try await q.limit(limit).all()
                .compactMap { r in r.id.map { ChoiceOption(value: $0.uuidString.lowercased(), label: r.title) } }
        }
        return try await load(model)
    }

    /// References to parts must point into the same owner: an event of this cluster, not another's.
    package static func checkOwnership(_ values: RecordValues, schema: RecordSchema, owner: ScopeRef, on db: any Database) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        for rule in schema.fields {
            guard case .reference(let type) = rule.kind, let id = values[rule.key]?.reference,
                  let owned = model(type) as? any OwnedRecord.Type, let column = owned.ownerColumn(owner.kind) else { continue }
            func count<M: OwnedRecord>(_: M.Type) async throws -> Int {
                try await M.query(on: db).filter(\._$id == id).filter(column, .equal, owner.id).count()
            }
            if try await count(owned) == 0 { errors.add(rule.key, L("must name a \(type.noun) of this \(owner.kind.rawValue)")) }
        }
        return errors
    }

    /// Every reference and country code in `values` must name an existing record.
    package static func check(_ values: RecordValues, schema: RecordSchema, on db: any Database) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        for rule in schema.fields {
            guard let value = values[rule.key] else { continue }
            switch rule.kind {
            case .reference(let type):
                if let id = value.reference, try await titles(type, [id], on: db)[id] == nil {
                    errors.add(rule.key, L("does not name an existing \(type.noun)"))
                }
            case .references(let type):
                let ids = (value.list ?? []).compactMap(UUID.init(uuidString:))
                let found = try await titles(type, ids, on: db)
                if found.count < ids.count { errors.add(rule.key, L("names \(ids.count - found.count) \(type.noun) records that do not exist")) }
            case .countryCode, .countryCodes:
                let codes = value.list ?? [value.text].compactMap { $0 }
                let found = try await CountryModel.query(on: db).filter(\.$code ~~ codes).all().map(\.code)
                let missing = Set(codes).subtracting(found)
                if !missing.isEmpty { errors.add(rule.key, L("has unknown country codes: \(missing.sorted().joined(separator: ", "))")) }
            default: continue
            }
        }
        return errors
    }
}
