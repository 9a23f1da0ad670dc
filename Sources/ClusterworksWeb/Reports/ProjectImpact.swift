import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Foundation

/// Impact at the method's three levels for one project, from approved figures and the records of
/// the work: firms measured at baseline and follow-up; networks and associations over time; each
/// cluster's map of linkages then and now, its events and the cost sharing honoured.
struct ProjectImpact: Sendable {
    struct FirmLevel: @unchecked Sendable { let indicator: IndicatorModel; let panel: FirmPanel }
    struct NetworkLevel: Sendable {
        /// A joint project that serves the members, with how far it got.
        struct Service: Sendable { let title: String, type: JointProjectType?, status: JointProjectStatus? }
        let name: String, phase: String
        let growth: NetworkGrowth
        /// Joint projects under way or done: what the network offers its members.
        let services: [Service]
        let jointProjects: Int
        /// Members joining, leaving and staying, year by year.
        let turnover: MembershipTurnover
        /// Each NET assessment: its date, phase and the mean of its seven scores.
        let netPath: [(on: String, phase: String, mean: Double)]
    }
    struct ClusterLevel: Sendable {
        /// A map of linkages at a date: working ties, actors tied, organisations at the cluster's
        /// events by then without any tie, and the density of ties among them all.
        struct Map: Sendable {
            let on: String, ties: Int, actors: Int, isolated: Int
            var density: Double? {
                let n = Double(actors + isolated)
                return n > 1 ? Double(ties) / (n * (n - 1) / 2) : nil
            }
        }
        let name: String, stage: String
        let firstMap: Map?, mapNow: Map
        let events: Int, participants: Int
        let costHonoured: Double?
    }

    let results: ProjectResults
    let firms: [FirmLevel]
    let networks: [NetworkLevel]
    let clusters: [ClusterLevel]

    static func load(_ project: ProjectModel, today: CalendarDate, on db: any Database) async throws -> ProjectImpact {
        try await load(ProjectResults.load(project, on: db), today: today, on: db)
    }

    /// From results already loaded (the report has them): the records of the work are read in one query per kind.
    static func load(_ r: ProjectResults, today: CalendarDate, on db: any Database) async throws -> ProjectImpact {
        let firmSeries = Dictionary(grouping: r.series.filter { $0.indicator.level == .firm }, by: { $0.indicator.id! })
        let firms = firmSeries.values.map { list in
            FirmLevel(indicator: list[0].indicator, panel: FirmPanel(list.map { ($0.subject ?? $0.owner, $0.figures) },
                                                                     direction: list[0].indicator.indicatorDirection, accumulation: list[0].indicator.accumulation))
        }.sorted { $0.indicator.name < $1.indicator.name }
        return ProjectImpact(results: r, firms: firms, networks: try await networkLevel(r.networks, today: today, on: db),
                             clusters: try await clusterLevel(r, today: today, on: db))
    }

    static func networkLevel(_ list: [NetworkModel], today: CalendarDate, on db: any Database) async throws -> [NetworkLevel] {
        let ids = list.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let members = Dictionary(grouping: try await MembershipModel.query(on: db).filter(\.$network.$id ~~ ids).all(), by: \.$network.id)
        let assessments = Dictionary(grouping: try await NETAssessmentModel.query(on: db).filter(\.$networkId ~~ ids).sort(\.$assessedOn).all(), by: \.networkId)
        let projects = Dictionary(grouping: try await JointProjectModel.query(on: db).filter(\.$networkId ~~ ids).sort(\.$startOn).all(), by: \.networkId)
        return list.sorted { $0.name < $1.name }.map { n in
            let periods = (members[n.id!] ?? []).compactMap(\.period)
            let joint = projects[n.id!] ?? []
            let serving = joint.filter { [.inProgress, .completed].contains(JointProjectStatus(rawValue: $0.status)) }
            return NetworkLevel(
                name: n.name, phase: n.phase,
                growth: NetworkGrowth(periods, formedOn: n.formedOn.flatMap { CalendarDate($0) }, on: today),
                services: serving.map { .init(title: $0.titleText, type: JointProjectType(rawValue: $0.type), status: JointProjectStatus(rawValue: $0.status)) },
                jointProjects: joint.count,
                turnover: MembershipTurnover(periods, until: today),
                netPath: (assessments[n.id!] ?? []).map { a in (a.assessedOn, a.networkPhase.label.said, a.scores.values.reduce(0, +) / Double(max(1, a.scores.count))) })
        }
    }

    static func clusterLevel(_ r: ProjectResults, today: CalendarDate, on db: any Database) async throws -> [ClusterLevel] {
        let ids = r.clusters.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let ties = Dictionary(grouping: try await LinkageModel.query(on: db).filter(\.$clusterId ~~ ids).all(), by: \.clusterId)
        let events = Dictionary(grouping: try await RecordQuery.withLinks(EventModel.query(on: db)).filter(\.$clusterId ~~ ids).all(), by: \.clusterId)
        return r.clusters.map { c in
            let id = c.id!
            let tied = (ties[id] ?? []).compactMap(\.tie), held = events[id] ?? []
            let shares = r.contributions.filter { $0.clusterId == id }.compactMap(\.share)
            func map(_ m: LinkageMap, _ on: CalendarDate) -> ClusterLevel.Map {
                let attended = Set(held.filter { (CalendarDate($0.heldOn) ?? on) <= on }.flatMap { $0.values.ids("actorIds") })
                return .init(on: on.description, ties: m.workingTies.count, actors: m.actors.count, isolated: attended.subtracting(m.actors).count)
            }
            return ClusterLevel(
                name: c.name, stage: c.stage.label.said,
                firstMap: LinkageMap.recordingDates(tied).first.map { map(LinkageMap(tied, on: $0), $0) },
                mapNow: map(LinkageMap(tied, on: nil), today),
                events: held.count, participants: held.reduce(0) { $0 + ($1.women ?? 0) + ($1.men ?? 0) },
                costHonoured: shares.isEmpty ? nil : CostSharing(shares).honoured)
        }
    }

    static func json(_ m: ClusterLevel.Map) -> JSONOut {
        .object([("on", .string(m.on)), ("ties", .int(m.ties)), ("actors", .int(m.actors)), ("isolated", .int(m.isolated)),
                 ("density", m.density.map(JSONOut.double) ?? .null)])
    }

    var json: JSONOut {
        func n(_ v: Double?) -> JSONOut { v.map(JSONOut.double) ?? .null }
        let firmLevel = firms.map { f in
            JSONOut.object([("indicator", .string(f.indicator.name)), ("unit", .string(f.indicator.unit)), ("firms", .int(f.panel.firms.count)),
                            ("notFollowedUp", .int(f.panel.notFollowedUp)), ("shareImproving", n(f.panel.shareImproving)),
                            ("medianChange", n(f.panel.changes?.median)), ("lowerQuartile", n(f.panel.changes?.lowerQuartile)), ("upperQuartile", n(f.panel.changes?.upperQuartile)),
                            ("panel", .array(f.panel.firms.map { .object([("firm", .string($0.name)), ("baseline", .double($0.baseline)), ("followUp", .double($0.followUp)),
                                                                          ("change", .double($0.change)), ("improved", .bool($0.improved))]) }))])
        }
        let networkLevel = networks.map { x in
            JSONOut.object([("network", .string(x.name)), ("phase", .string(x.phase)), ("membersAtFormation", x.growth.atFormation.map(JSONOut.int) ?? .null),
                            ("membersNow", .int(x.growth.now)), ("joined", .int(x.growth.joined)), ("left", .int(x.growth.left)), ("jointProjects", .int(x.jointProjects)),
                            ("services", .array(x.services.map { .object([("title", .string($0.title)), ("type", $0.type.map { .string($0.rawValue) } ?? .null),
                                                                          ("status", $0.status.map { .string($0.rawValue) } ?? .null)]) })),
                            ("netPath", .array(x.netPath.map { .object([("assessedOn", .string($0.on)), ("phase", .string($0.phase)), ("meanScore", .double($0.mean))]) }))])
        }
        let clusterLevel = clusters.map { x in
            JSONOut.object([("cluster", .string(x.name)), ("stage", .string(x.stage)),
                            ("firstMap", x.firstMap.map(Self.json) ?? .null), ("mapNow", Self.json(x.mapNow)), ("events", .int(x.events)), ("participants", .int(x.participants)),
                            ("costSharingHonoured", n(x.costHonoured))])
        }
        let indicators = results.series.filter { $0.indicator.level != .firm }.map { s in
            JSONOut.object([("indicator", .string(s.indicator.name)), ("level", .string(s.indicator.level.rawValue)), ("owner", .string(s.owner)),
                            ("subject", s.subject.map(JSONOut.string) ?? .null), ("baseline", n(s.progress.baseline?.value)), ("latest", n(s.progress.latest?.value)),
                            ("target", n(s.progress.target?.value)), ("status", .string(s.progress.status.rawValue))])
        }
        return .object([("project", .string(results.project.code)), ("pending", .int(results.pending)), ("firm", .array(firmLevel)),
                        ("network", .array(networkLevel)), ("cluster", .array(clusterLevel)), ("indicators", .array(indicators))])
    }
}
