import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// A network's phases as its phase page shows them: where it stands, what the next phase still
/// needs, or when and why it was dissolved; and the decision form for who may change the network.
struct PhaseSheet {
    struct DecisionForm {
        let action: SitePath
        let form: FilledForm
        /// Phases of the other kind of network, kept out of the choice.
        let otherPhases: [String]
    }

    let track: PhaseTrack
    let dissolved: (on: String, reason: DissolutionReason?)?
    let form: DecisionForm?

    static func load(_ network: NetworkModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> PhaseSheet {
        let s = try req.requireSignedIn()
        var form: DecisionForm?
        if network.dissolvedOn == nil, try await Registries.networks.canEdit(s, network, on: req.db) {
            let mayOverride = EditPolicy.canOverride(s.principal, chain: try await Registries.networks.chain(of: network, on: req.db))
            form = DecisionForm(
                action: .parts(.networks, .id(try network.requireID()), .phase),
                form: try await FilledForm.load(PhaseDecisionSchema.schema, raw: raw, prefill: ["override": "false"],
                                                hidden: mayOverride ? [] : ["override", "justification"], errors: errors, req),
                otherPhases: network.networkKind == .vertical ? NetworkPhase.allCases.map(\.rawValue) : VerticalPhase.allCases.map(\.rawValue))
        }
        return PhaseSheet(track: try await PhaseTrack.load(network, today: req.today, on: req.db),
                          dissolved: network.dissolvedOn.map { ($0, network.dissolutionReason.flatMap(DissolutionReason.init(rawValue:))) },
                          form: form)
    }
}

/// The phase page above its decisions: the phases and their conditions, the next step, the form. Pure.
enum PhaseView {
    static func intro(_ s: PhaseSheet) -> HTML {
        let track = s.track
        let rows = track.phases.enumerated().map { i, p -> HTML in
            """
            <tr class="\(track.state(i))"\(i == track.current ? HTML(raw: " aria-current=\"step\"") : .empty)><th scope="row">\(p.label)</th>
            <td>\(p.conditions.isEmpty ? .verbatim("—") : Phrase.list(p.conditions))</td></tr>
            """
        }
        var next: HTML = .empty
        if let d = s.dissolved {
            next = "<p class=\"notice\">\(L("Dissolved on \(date: d.on) (\(d.reason?.label)). Its history stays."))</p>"
        } else if let (n, missing) = track.next {
            next = missing.isEmpty ? "<p>\(L("The conditions of \(n.label) are met."))</p>"
                : "<p>\(L("Before \(n.label):"))</p><ul class=\"missing\">\(missing.map { "<li>\($0)</li>" as HTML })</ul>"
        }
        return """
        <p>\(L("Now in")) <strong>\(track.phases[track.current].label)</strong>.</p>\(next)
        <table class="phases"><caption>\(L("The phases and what each needs"))</caption><thead><tr><th scope="col">\(L("Phase"))</th><th scope="col">\(L("Conditions to enter it"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        <p class="hint">\(L("Phases are taken one at a time; moving back needs only a reason. A programme manager may override conditions that are not met, with a justification that is kept."))</p>
        \(s.form.map(form) ?? .empty)
        <h2>\(L("Decisions so far"))</h2>
        """
    }

    static func form(_ f: PhaseSheet.DecisionForm) -> HTML {
        // Offer only the phases of this kind of network.
        let fields = HTML(raw: f.otherPhases.reduce(f.form.fields.raw) { html, value in
            html.replacingOccurrences(of: #"<option value="\#(value)">"#, with: #"<option value="\#(value)" hidden disabled>"#)
        })
        return """
        <section aria-labelledby="decide-h"><h2 id="decide-h">\(L("Record a decision"))</h2>
        \(f.form.notice)
        <form class="stack" method="post" action="\(f.action)" novalidate>
        \(fields)<div><button type="submit">\(L("Record decision"))</button></div></form></section>
        """
    }
}
