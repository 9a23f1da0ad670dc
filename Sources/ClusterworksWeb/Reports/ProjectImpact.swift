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
        let name: String, phase: String
        let membersAtFormation: Int?, membersNow: Int, joined: Int, left: Int
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
        let r = try await ProjectResults.load(project, on: db)
        let firmSeries = Dictionary(grouping: r.series.filter { $0.indicator.level == .firm }, by: { $0.indicator.id! })
        let firms = firmSeries.values.map { list in
            FirmLevel(indicator: list[0].indicator, panel: FirmPanel(list.map { ($0.subject ?? $0.owner, $0.figures) },
                                                                     direction: list[0].indicator.indicatorDirection, accumulation: list[0].indicator.accumulation))
        }.sorted { $0.indicator.name < $1.indicator.name }
        var networks: [NetworkLevel] = []
        for n in r.networks.sorted(by: { $0.name < $1.name }) {
            let id = try n.requireID()
            let members = try await MembershipModel.query(on: db).filter(\.$network.$id == id).all()
            let formed = n.formedOn
            let assessments = try await NETAssessmentModel.query(on: db).filter(\.$networkId == id).sort(\.$assessedOn).all()
            networks.append(NetworkLevel(
                name: n.name, phase: n.phase,
                membersAtFormation: formed.map { f in members.filter { $0.joinedOn <= f && ($0.leftOn.map { $0 > f } ?? true) }.count },
                membersNow: members.filter { $0.leftOn == nil }.count,
                joined: formed.map { f in members.filter { $0.joinedOn > f }.count } ?? members.count,
                left: members.filter { $0.leftOn != nil }.count,
                jointProjects: try await JointProjectModel.query(on: db).filter(\.$networkId == id).count(),
                turnover: MembershipTurnover(members.compactMap(\.period), until: today),
                netPath: assessments.map { a in (a.assessedOn, a.networkPhase.label, a.scores.values.reduce(0, +) / Double(max(1, a.scores.count))) }))
        }
        var clusters: [ClusterLevel] = []
        for c in r.clusters {
            let id = try c.requireID()
            let ties = try await LinkageModel.query(on: db).filter(\.$clusterId == id).all().compactMap(\.tie)
            let first = LinkageMap.recordingDates(ties).first
            let now = LinkageMap(ties, on: nil)
            let events = try await RecordQuery.withLinks(EventModel.query(on: db)).filter(\.$clusterId == id).all()
            let shares = r.contributions.filter { $0.clusterId == id }.compactMap(\.share)
            func map(_ m: LinkageMap, _ on: CalendarDate) -> ClusterLevel.Map {
                let attended = Set(events.filter { (CalendarDate($0.heldOn) ?? on) <= on }.flatMap { $0.values.ids("actorIds") })
                return .init(on: on.description, ties: m.workingTies.count, actors: m.actors.count, isolated: attended.subtracting(m.actors).count)
            }
            clusters.append(ClusterLevel(
                name: c.name, stage: c.stage.label,
                firstMap: first.map { map(LinkageMap(ties, on: $0), $0) },
                mapNow: map(now, today),
                events: events.count, participants: events.reduce(0) { $0 + ($1.women ?? 0) + ($1.men ?? 0) },
                costHonoured: shares.isEmpty ? nil : CostSharing(shares).honoured))
        }
        return ProjectImpact(results: r, firms: firms, networks: networks, clusters: clusters)
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
            JSONOut.object([("network", .string(x.name)), ("phase", .string(x.phase)), ("membersAtFormation", x.membersAtFormation.map(JSONOut.int) ?? .null),
                            ("membersNow", .int(x.membersNow)), ("joined", .int(x.joined)), ("left", .int(x.left)), ("jointProjects", .int(x.jointProjects)),
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
