import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The parts of a network's life, each described once for its pages and its API.
enum NetworkParts {
    typealias Part<C: OwnedRecord> = PartRegistry<NetworkModel, C>

    static let decisions = Part<PhaseDecisionModel>(
        owner: Registries.networks, ownerKind: .network, folder: .phase, singular: L("phase decision"), plural: L("Phase"),
        columns: ["fromPhase", "toPhase", "dissolution", "override"], deletable: false, genericCreate: false,
        intro: { network, _, req in try await PhaseDecisionPages.intro(network, req, errors: .init(), raw: nil) })

    static let rules = Part<NetworkRulesModel>(
        owner: Registries.networks, ownerKind: .network, folder: .rules, singular: L("version of the rules"), plural: L("Rules and statutes"),
        columns: ["version", "adoptedOn"],
        frozen: { r, _ in r.adoptedOn.map { ("adoptedOn", L("was adopted on \(date: $0) and binds the members; write a new version to change it")) } },
        configureNew: { network, db in
            let next = (try await NetworkRulesModel.owned(by: .network, network.requireID(), on: db).all().map(\.version).max() ?? 0) + 1
            return { $0.version = next }
        })

    static let businessPlans = Part<BusinessPlanModel>(
        owner: Registries.networks, ownerKind: .network, folder: .businessPlans, singular: L("business plan"), plural: L("Business plans"),
        columns: ["version", "budget", "currency", "adoptedOn"],
        frozen: { p, _ in p.adoptedOn.map { ("adoptedOn", L("was adopted on \(date: $0); write a new version to change it")) } },
        configureNew: { network, db in
            let next = (try await BusinessPlanModel.owned(by: .network, network.requireID(), on: db).all().map(\.version).max() ?? 0) + 1
            return { $0.version = next }
        })

    static let jointProjects = Part<JointProjectModel>(
        owner: Registries.networks, ownerKind: .network, folder: .jointProjects, singular: L("joint project"), plural: L("Joint projects"),
        columns: ["scale", "type", "status", "startOn", "endOn"],
        rules: { w in try await participantsAreMembers(w) },
        detail: { network, project, req in try await NetworkPages.contributions(network, project, req) })

    static let contributions = Part<ProjectContributionModel>(
        owner: Registries.networks, ownerKind: .network, folder: .contributions, singular: L("contribution"), plural: L("Contributions to joint projects"),
        columns: ["jointProjectId", "funderKind", "form", "pledged", "paid"],
        intro: { _, items, _ in PlanPages.costTable(CostSharing(items.compactMap(\.share)), currency: "USD") },
        returnTo: { network, c in .part(.networks, .id(network.id!), .jointProjects, .id(c.jointProjectId)) })

    /// The network's phases over time, from its recorded decisions.
    static func phaseHistory(_ network: NetworkModel, _ db: any Database) async throws -> PhaseHistory {
        let decisions = try await PhaseDecisionModel.query(on: db).filter(\.$networkId == network.requireID()).all().compactMap { d in
            CalendarDate(d.decidedOn).flatMap { on in NetworkPhase(rawValue: d.fromPhase).map { PhaseHistory.Decision(on: on, from: $0, to: d.toPhase.flatMap(NetworkPhase.init(rawValue:))) } }
        }
        return PhaseHistory(decisions, current: NetworkPhases.current(NetworkPhase.self, network))
    }

    static let assessments = Part<NETAssessmentModel>(
        owner: Registries.networks, ownerKind: .network, folder: .net, singular: L("NET assessment"), plural: L("Network Evaluation Tool"),
        columns: ["phase", "assessor", "dependsOnBroker"],
        rules: { w in
            var errors = NETAssessmentRules.check(w.values, scale: try await NETSettings.scale(on: w.db), formedOn: w.owner.formedOn.flatMap(CalendarDate.init),
                                                  dissolvedOn: w.owner.dissolvedOn.flatMap(CalendarDate.init))
            errors.mergeNew(try await phaseHistory(w.owner, w.db).assessmentProblems(phase: w.values.text("phase").flatMap(NetworkPhase.init(rawValue:)),
                                                                                     on: w.values["assessedOn"]?.date))
            return errors
        },
        intro: { network, items, req in NETView.render(try await NETRecord.load(network, items, req)) },
        detail: { network, a, req in try await NETPages.detail(network, a, req) },
        prefill: { network, _ in ["phase": network.phase] },
        configureNew: { _, db in
            let scale = try await NETSettings.scale(on: db)
            return { $0.scaleMin = scale.min; $0.scaleMax = scale.max }
        })

    static let relations = Part<NetworkRelationModel>(
        owner: Registries.networks, ownerKind: .network, folder: .relations, singular: L("relation"), plural: L("Beyond the network"),
        columns: ["type", "actorId", "since"])

    static let results: Part<ResultEntryModel> = Part(
        owner: Registries.networks, ownerKind: .network, folder: .results, singular: L("figure"), plural: L("Results"),
        columns: ["indicatorId", "kind", "actorId", "value", "status"],
        rules: { w in try await ResultRules.check(w) },
        frozen: { r, _ in ResultRules.frozen(r) },
        intro: { network, entries, req in
            try await ResultsTable.render(entries, periods: try await ResultsTable.periods(ScopeRef(.network, try network.requireID()), on: req.db), on: req.db)
        },
        detail: { network, r, req in try await FigureReviewPages.detail(NetworkParts.results, network, r, req) },
        configureNew: { _, _ in ResultRules.newDraft })

    /// Every part of a horizontal network's work, once.
    static let all: [any AppPart] = [decisions, rules, businessPlans, jointProjects, contributions, assessments, relations, results]

    /// Only members (now or earlier) take part in a network's joint projects.
    static func participantsAreMembers(_ w: PartWrite<NetworkModel, JointProjectModel>) async throws -> ValidationErrors {
        let wanted = Set(w.values.ids("participantIds"))
        guard !wanted.isEmpty else { return .init() }
        let members = Set(try await MembershipModel.query(on: w.db).filter(\.$network.$id == w.ownerId).all().map(\.$actor.id))
        return JointProjectRules.check(participants: wanted, members: members)
    }
}
