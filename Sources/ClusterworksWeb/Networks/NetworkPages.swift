import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// A network's page beyond its fields: phase, members over time, the latest NET, joint projects
/// and links beyond the network; and a joint project's budget.
enum NetworkPages {
    static func dashboard(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        if network.networkKind == .vertical { return try await verticalDashboard(network, req) }
        let id = try network.requireID(), at = RecordAddress(.networks, id)
        let status = try await NetworkStatus.load(network, today: req.today, on: req.db)
        let phase = NetworkPhases.current(NetworkPhase.self, network)
        let steps = StepTrack.items(NetworkPhase.allCases.map(\.label), current: phase.order)
        let projects = try await JointProjectModel.owned(by: .network, id, on: req.db).all()
        let relations = try await NetworkRelationModel.owned(by: .network, id, on: req.db).all()
        let names = try await ReferenceDirectory.titles(.actor, relations.map(\.actorId), on: req.db)
        let projectItems = projects.map { p -> HTML in
            "<li><a href=\"\(at.part(.jointProjects, p.id!))\">\(p.titleText)</a> — \(JointProjectScale(rawValue: p.scale)?.label ?? .verbatim(p.scale)), \(JointProjectStatus(rawValue: p.status)?.label ?? .verbatim(p.status))</li>"
        }
        let relationItems = relations.map { r -> HTML in
            "<li>\(NetworkRelationType(rawValue: r.type)?.label ?? .verbatim(r.type)) <a href=\"\(SitePath.record(.actors, .id(r.actorId)))\">\(names[r.actorId] ?? "?")</a>\(r.since.map { " (since \($0))" } ?? "")</li>"
        }
        let radar: HTML = status.latest.map { NETView.radar(.init($0), targets: status.targets) } ?? "<p>\(L("No NET assessment yet."))</p>"
        let dissolved: HTML = network.dissolvedOn.map { "<p class=\"notice\">\(L("Dissolved on \($0)."))</p>" } ?? .empty
        return """
        \(NetworkNav.header(network, current: "", crumbs: false))\(dissolved)
        <div class="dashboard">
        <section aria-labelledby="ph-h"><h2 id="ph-h">\(L("Phase"))</h2><ol class="stages">\(steps)</ol><p><a href="\(at.parts(.phase))">\(L("Phase decisions"))</a></p></section>
        <section class="wide" aria-labelledby="mem-h"><h2 id="mem-h">\(L("Members over time"))</h2>\(MembershipChart.render(MembershipTurnover(status.members, until: req.today)))</section>
        <section class="wide" aria-labelledby="net-h"><h2 id="net-h">\(L("NET"))</h2>\(radar)
        \(status.comparison.map { "<p>\(L("\($0.atOrAboveTarget) of 7 indicators at or above target."))</p>" as HTML } ?? .empty)<p><a href="\(at.parts(.net))">\(L("Assessments"))</a></p></section>
        <section aria-labelledby="jp-h"><h2 id="jp-h">\(L("Joint projects"))</h2>\(projectItems.isEmpty ? ("<p>\(L("None yet."))</p>" as HTML) : "<ul>\(projectItems)</ul>")
        <p><a href="\(at.parts(.jointProjects))">\(L("Joint projects"))</a></p></section>
        <section aria-labelledby="rel-h"><h2 id="rel-h">\(L("Beyond the network"))</h2>\(relationItems.isEmpty ? ("<p>\(L("None recorded."))</p>" as HTML) : "<ul>\(relationItems)</ul>")
        <p>\(L("Legal form: \(network.legalForm.flatMap(LegalForm.init(rawValue:))?.label ?? L("not recorded"))."))</p></section>
        </div>
        <h2>\(L("Record"))</h2>
        """
    }

    /// A client and its suppliers: where supplier development stands.
    static func verticalDashboard(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        let at = RecordAddress(.networks, try network.requireID())
        let evaluations = try await LinkageParts.readable(network, req)
        let track = try await PhaseTrack.load(network, withNext: false, today: req.today, on: req.db)
        let steps = StepTrack.items(track.phases.map(\.label), current: track.current)
        return """
        \(NetworkNav.header(network, current: "", crumbs: false))
        <section aria-labelledby="vph-h"><h2 id="vph-h">\(L("Phase"))</h2><ol class="stages">\(steps)</ol><p><a href="\(at.parts(.phase))">\(L("Phase decisions"))</a></p></section>
        <section aria-labelledby="sd-h"><h2 id="sd-h">\(L("Supplier development"))</h2>\(try await SupplierPages.programmeFigures(network, req))
        \(try await SupplierPages.evaluationsSummary(network, evaluations, req))
        <p><a href="\(at.parts(.clients))">\(L("Clients' weights and needs"))</a> · <a href="\(at.parts(.evaluations))">\(L("Evaluations"))</a> ·
        <a href="\(at.parts(.improvementPlans))">\(L("Improvement plans"))</a> · <a href="\(at.parts(.partnerships))">\(L("Partnership decisions"))</a></p></section>
        <h2>\(L("Record"))</h2>
        """
    }

    /// A joint project's budget: contributions with a form to add one.
    static func contributions(_ network: NetworkModel, _ project: JointProjectModel, _ req: Request) async throws -> HTML {
        let id = try project.requireID()
        let items = try await ProjectContributionModel.query(on: req.db).filter(\.$jointProjectId == id).sort(\.$pledgedOn).all()
        let pages = PartPages(registry: NetworkParts.contributions)
        let form: HTML = try await PartService(registry: NetworkParts.jointProjects).mayEdit(network, req)
            ? try await pages.addForm(network, req, errors: .init(), raw: nil, prefill: ["jointProjectId": id.lowercasedText], hidden: ["jointProjectId"]) : .empty
        return """
        <section><h2>\(L("Budget of this project"))</h2>\(PlanPages.costTable(CostSharing(items.compactMap(\.share)), currency: "USD"))
        \(try await pages.table(network, items, req))\(form)</section>
        """
    }
}

/// Members at the end of each year as bars, with joiners and leavers in a table.
enum MembershipChart {
    static func render(_ t: MembershipTurnover) -> HTML {
        guard !t.years.isEmpty else { return "<p>\(L("No members yet."))</p>" }
        let maxSize = Double(max(1, t.years.map(\.size).max()!))
        // Wide enough for 13 px text; a year and its count every few bars when there are many.
        let w = 640.0, h = 210.0, left = 44.0, bottom = 26.0, top = 44.0, step = (w - left - 8) / Double(t.years.count)
        let every = max(1, Int((Double(t.years.count) * 44 / (w - left)).rounded(.up)))
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        let bars = t.years.enumerated().map { i, y -> HTML in
            let bh = Double(y.size) / maxSize * (h - bottom - top), x = left + Double(i) * step
            // The last year is always labelled; a regular label too close before it gives way.
            let last = t.years.count - 1
            let labelled = i == last || (i % every == 0 && last - i >= every)
            let labels: HTML = labelled ? """
            <text x="\(f(x + step / 2))" y="\(f(h - 8))" text-anchor="middle">\(y.year)</text>
            <text x="\(f(x + step / 2))" y="\(f(h - bottom - bh - 4))" text-anchor="middle">\(y.size)</text>
            """ : .empty
            return """
            <rect class="bar" x="\(f(x + step * 0.2))" y="\(f(h - bottom - bh))" width="\(f(step * 0.6))" height="\(f(bh))"><title>\(L("\(y.year): \(y.size) members"))</title></rect>\(labels)
            """
        }
        let rows = t.years.map { y -> HTML in
            "<tr><th scope=\"row\">\(y.year)</th><td class=\"num\">\(y.joined)</td><td class=\"num\">\(y.left)</td><td class=\"num\">\(y.size)</td><td class=\"num\">\(y.turnover.map { String(format: "%.0f %%", $0 * 100) } ?? "—")</td></tr>"
        }
        return """
        <figure class="chart"><svg viewBox="0 0 \(Int(w)) \(Int(h))" role="img" aria-label="\(L("Members at the end of each year"))">
        <line class="axis" x1="\(f(left))" y1="\(f(h - bottom))" x2="\(f(w - 8))" y2="\(f(h - bottom))"/>
        <text class="axis-title" x="4" y="16">\(L("members at the end of the year"))</text><text x="4" y="\(f(top + 8))">\(Int(maxSize))</text><text x="4" y="\(f(h - bottom))">0</text>\(bars)</svg>
        <figcaption><span class="key bar-key"></span> \(L("members at the end of each year"))</figcaption></figure>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Members by year"))"><table><thead><tr><th scope="col">\(L("Year"))</th><th scope="col">\(L("Joined"))</th><th scope="col">\(L("Left"))</th><th scope="col">\(L("Members"))</th><th scope="col">\(L("Turnover"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }
}
