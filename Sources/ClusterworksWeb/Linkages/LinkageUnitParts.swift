import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// A project's linkage unit and the fees that should come to pay for it.
enum LinkageUnitParts {
    typealias Part<C: OwnedRecord> = PartRegistry<ProjectModel, C>

    static let unit = Part<LinkageUnitModel>(
        owner: Registries.projects, ownerKind: .project, folder: .linkageUnit, singular: L("linkage unit"), plural: L("Linkage unit"),
        columns: ["hostInstitutionId", "establishedOn"], single: true,
        rules: { w in try await ClusterParts.institutionRule(w.values, w.db, key: "hostInstitutionId") })

    static let fees = Part<FeeYearModel>(
        owner: Registries.projects, ownerKind: .project, folder: .linkageFees, singular: L("year of fees"), plural: L("Linkage unit fees and cost recovery"),
        columns: ["packages", "fee", "unitCost", "invoiced", "paid"],
        intro: { _, years, _ in costRecovery(CostRecovery(years.map(\.recoveryYear))) })

    static let all: [any AppPart] = [unit, fees]

    static func costRecovery(_ c: CostRecovery) -> HTML {
        guard !c.years.isEmpty else { return "<p>\(L("No fees recorded yet."))</p>" }
        func pct(_ v: Double?) -> String { v.map { Wording.current.percent($0) } ?? "—" }
        let rows = c.years.map { y -> HTML in
            "<tr><th scope=\"row\">\(y.year)</th><td class=\"num\">\(y.packages)</td><td class=\"num\">\(PlanPages.money(y.fee))</td><td class=\"num\">\(PlanPages.money(y.unitCost))</td><td class=\"num\">\(pct(y.feeShare))</td><td class=\"num\">\(PlanPages.money(y.invoiced))</td><td class=\"num\">\(PlanPages.money(y.paid))</td><td class=\"num\">\(pct(y.recovery))</td></tr>"
        }
        let bars = c.years.enumerated().map { i, y -> HTML in
            let h = min(1, y.recovery ?? 0) * 80
            return "<rect class=\"bar\" x=\"\(i * 50 + 10)\" y=\"\(String(format: "%.1f", 90 - h))\" width=\"30\" height=\"\(String(format: "%.1f", h))\"><title>\(L("\(y.year): \(pct(y.recovery)) of costs recovered"))</title></rect><text x=\"\(i * 50 + 25)\" y=\"104\" text-anchor=\"middle\">\(y.year)</text>"
        }
        let warning: HTML = c.fallingFees.isEmpty ? .empty : "<p class=\"notice error\">\(L("The fee fell in \(c.fallingFees.map(String.init).joined(separator: ", ")); a phase-in should only rise."))</p>"
        return """
        <figure class="chart"><svg viewBox="0 0 \(c.years.count * 50 + 20) 110" role="img" aria-label="\(L("Share of the unit's costs recovered by fees, by year"))">\(bars)</svg></figure>
        \(warning)<p>\(L("Over all years the fees paid cover \(pct(c.totalRecovery)) of the cost of the packages delivered."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Cost recovery"))"><table><thead><tr><th scope="col">\(L("Year"))</th><th scope="col">\(L("Packages"))</th><th scope="col">\(L("Fee"))</th><th scope="col">\(L("Cost of a package"))</th><th scope="col">\(L("Fee / cost"))</th><th scope="col">\(L("Invoiced"))</th><th scope="col">\(L("Paid"))</th><th scope="col">\(L("Costs recovered"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }
}
