import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The parts of supplier development in a vertical network, each described once for its pages and API.
enum LinkageParts {
    typealias Part<C: OwnedRecord> = PartRegistry<NetworkModel, C>

    static let clients = Part<ClientProfileModel>(
        owner: Registries.networks, ownerKind: .network, folder: .clients, singular: L("client profile"), plural: L("Clients' weights and needs"),
        columns: ["clientId", "volumes"],
        rules: { w in try await member(w.values, "clientId", roles: [.client], w.owner, w.db) },
        detail: { network, profile, req in try await SupplierPages.matching(network, profile, req) })

    static let evaluations = Part<SupplierEvaluationModel>(
        owner: Registries.networks, ownerKind: .network, folder: .evaluations, singular: L("supplier evaluation"), plural: L("Supplier evaluations"),
        columns: ["supplierId", "evaluator"],
        canRead: { p, network, e, db in try await mayRead(p, network, e, db) },
        rules: { w in try await member(w.values, "supplierId", roles: [.supplier], w.owner, w.db) },
        intro: { network, items, req in try await SupplierPages.evaluationsSummary(network, items, req) },
        detail: { network, e, req in try await SupplierPages.scorecard(network, e, req) })

    static let plans = Part<ImprovementPlanModel>(
        owner: Registries.networks, ownerKind: .network, folder: .improvementPlans, singular: L("improvement plan"), plural: L("Integrated improvement plans"),
        columns: ["firmId", "startOn", "endOn"],
        rules: { w in try await member(w.values, "firmId", roles: [.client, .supplier, .serviceProvider, .member, .coordinator], w.owner, w.db) },
        detail: { network, plan, req in try await SupplierPages.plan(network, plan, req) })

    static let actions = Part<ImprovementActionModel>(
        owner: Registries.networks, ownerKind: .network, folder: .improvementActions, singular: L("improvement action"), plural: L("Improvement actions"),
        columns: ["planId", "category", "owner", "startOn", "endOn", "status"], section: "improvement-plans",
        rules: { w in try await withinPlan(w) },
        returnTo: { network, a in .part(.networks, .id(network.id!), .improvementPlans, .id(a.planId)) })

    static let partnerships = Part<PartnershipDecisionModel>(
        owner: Registries.networks, ownerKind: .network, folder: .partnerships, singular: L("partnership decision"), plural: L("Partnership decisions"),
        columns: ["clientId", "supplierId", "entered", "contractValue"],
        rules: { w in try await partnershipRules(w) },
        intro: { network, _, req in try await SupplierPages.programmeFigures(network, req) })

    static let roundTables = Part<RoundTableModel>(
        owner: Registries.networks, ownerKind: .network, folder: .roundTables, singular: L("round table"), plural: L("Round tables"),
        columns: ["place", "agreedRequirements", "improvementAreas"],
        rules: { w in w.owner.networkKind == .vertical ? .init() : .init(field: "title", L("round tables belong to vertical networks (client and suppliers)")) })

    /// Every part of supplier development, once.
    static let all: [any AppPart] = [roundTables, clients, evaluations, plans, actions, partnerships]

    /// A member enterprise reads its own evaluations and, as the client, its suppliers'.
    static func mayRead(_ p: Principal, _ network: NetworkModel, _ e: SupplierEvaluationModel, _ db: any Database) async throws -> Bool {
        guard p.role == .enterpriseMember else { return true }
        return EvaluationVisibility.canRead(p, supplier: e.supplierId, clientsOfNetwork: try await clients(network, db))
    }

    static func clients(_ network: NetworkModel, _ db: any Database) async throws -> Set<UUID> {
        Set(try await MembershipModel.query(on: db).filter(\.$network.$id == network.requireID())
            .filter(\.$role == .client).all().map(\.$actor.id))
    }

    /// The evaluations of a network the user may read.
    static func readable(_ network: NetworkModel, _ req: Request) async throws -> [SupplierEvaluationModel] {
        let p = try req.requireSignedIn().principal
        let all = try await SupplierEvaluationModel.owned(by: .network, network.requireID(), on: req.db).all()
        guard p.role == .enterpriseMember else { return all }
        let clients = try await clients(network, req.db)
        return all.filter { EvaluationVisibility.canRead(p, supplier: $0.supplierId, clientsOfNetwork: clients) }
    }

    /// Supplier development happens in vertical networks, among their members in the right role.
    /// An action falls within its plan's period.
    static func withinPlan(_ w: PartWrite<NetworkModel, ImprovementActionModel>) async throws -> ValidationErrors {
        guard let planId = w.values.uuid("planId"), let plan = try await ImprovementPlanModel.find(planId, on: w.db),
              let start = CalendarDate(plan.startOn), let end = CalendarDate(plan.endOn) else { return .init() }
        return PlanPeriod.check(actionStart: w.values["startOn"]?.date, actionEnd: w.values["endOn"]?.date, planStart: start, planEnd: end)
    }

    static func member(_ v: RecordValues, _ key: String, roles: Set<MembershipRole>, _ network: NetworkModel, _ db: any Database) async throws -> ValidationErrors {
        guard network.networkKind == .vertical else { return SupplierDevelopmentRules.member(key, network: network.networkKind, held: [], wanted: roles) }
        guard let actor = v.uuid(key) else { return .init() }
        let memberships = try await MembershipModel.query(on: db).filter(\.$network.$id == network.requireID()).filter(\.$actor.$id == actor).all()
        let held = Set(memberships.map(\.role))
        return SupplierDevelopmentRules.member(key, network: network.networkKind, held: held, wanted: roles)
    }

    /// A client decides only on suppliers it has seen evaluated in this network.
    static func partnershipRules(_ w: PartWrite<NetworkModel, PartnershipDecisionModel>) async throws -> ValidationErrors {
        var errors = try await member(w.values, "clientId", roles: [.client], w.owner, w.db)
        errors.merge(try await member(w.values, "supplierId", roles: [.supplier], w.owner, w.db))
        if errors.isEmpty, let supplier = w.values.uuid("supplierId") {
            errors.merge(SupplierDevelopmentRules.partnership(
                supplierEvaluations: try await SupplierEvaluationModel.owned(by: .network, w.ownerId, on: w.db).filter(\.$supplierId == supplier).count()))
        }
        return errors
    }
}
