import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Programme-level NET: the target matrix and scale, the benchmark of networks in a phase, the CSV.
struct NETProgrammePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.net(.targets), use: targets)
        routes.post(.net(.targets), use: setTarget)
        routes.post(.net(.scale), use: setScale)
        routes.get(.net(.benchmark), use: benchmark).declaring([NETBenchmarkView.phaseParameter])
        routes.get(.network(.key, .netBenchmark), use: benchmark).declaring([NETBenchmarkView.phaseParameter, NETBenchmarkView.assessmentParameter])
        routes.post(.network(.key, .netTargets), use: setOverride)
        routes.get(.net(.matrix), use: NETExport.csv)
    }

    @Sendable func targets(req: Request) async throws -> HTML {
        try await targetsPage(req, errors: .init())
    }

    func targetsPage(_ req: Request, errors: ValidationErrors) async throws -> HTML {
        let matrix = try await NETSettings.programmeTargets(on: req.db)
        let scale = try await NETSettings.scale(on: req.db)
        let head = NETIndicator.allCases.map { "<th scope=\"col\">\($0.shortLabel)</th>" as HTML }
        let rows = NetworkPhase.allCases.map { p -> HTML in
            "<tr><th scope=\"row\">\(p.label)</th>\(NETIndicator.allCases.map { i -> HTML in "<td class=\"num\">\(matrix.target(p, i).map { FieldValue.decimal($0).display } ?? "—")</td>" })</tr>"
        }
        let mayEdit = EditPolicy.canSetProgrammeTargets(try req.requireSignedIn().principal)
        let form: HTML = mayEdit ? """
        <h2>\(L("Change a target"))</h2>
        \(RecordFormPage.errorNotice(errors))
        <form class="toolbar" method="post" action="\(SitePath.net(.targets))">\(Layout.csrfField(req))
        <div><label for="t-phase">\(L("Phase"))</label><select id="t-phase" name="phase">\(NetworkPhase.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-indicator">\(L("Indicator"))</label><select id="t-indicator" name="indicator">\(NETIndicator.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-target">\(L("Target"))</label><input id="t-target" name="target" type="number" step="any"\(errors.phrases(for: "target").isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\""))></div>
        <div><button type="submit">\(L("Set"))</button></div></form>
        \(errors.phrases(for: "target").isEmpty ? .empty : "<p class=\"field-error\">\(L("Target \(Phrase.list(errors.phrases(for: "target")))."))</p>")
        """ : .empty
        return Layout.page(L("NET target matrix"), req, body: """
        <h1>\(L("NET target matrix"))</h1>
        <p>\(L("Scores run from \(scale.min) to \(scale.max). Each phase's row is what a network in that phase should reach; a network may have its own targets."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Target matrix"))"><table><thead><tr><th scope="col">\(L("Phase"))</th>\(head)</tr></thead><tbody>\(rows)</tbody></table></div>
        \(form)\(mayEdit ? try await scaleForm(req, errors: errors) : .empty)<p><a href="\(SitePath.net(.benchmark))">\(L("Benchmark of networks by phase"))</a> · <a href="\(SitePath.net(.matrix))">\(L("All assessments as CSV"))</a></p>
        """)
    }

    func scaleForm(_ req: Request, errors: ValidationErrors) async throws -> HTML {
        let scale = try await NETSettings.scale(on: req.db)
        let messages = errors.phrases(for: "scale")
        return """
        <h2>\(L("Scale"))</h2><p class="hint">\(L("Assessments keep the scale they were given on; the default targets follow a new scale."))</p>
        <form class="toolbar" method="post" action="\(SitePath.net(.scale))">\(Layout.csrfField(req))
        <div><label for="s-min">\(L("Lowest score"))</label><input id="s-min" name="min" type="number" step="1" value="\(scale.min)"></div>
        <div><label for="s-max">\(L("Highest score"))</label><input id="s-max" name="max" type="number" step="1" value="\(scale.max)"\(messages.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\""))></div>
        <div><button type="submit">\(L("Set the scale"))</button></div></form>
        \(messages.isEmpty ? .empty : "<p class=\"field-error\">\(L("Scale \(Phrase.list(messages))."))</p>")
        """
    }

    @Sendable func setScale(req: Request) async throws -> Response {
        guard EditPolicy.canSetProgrammeTargets(try req.requireSignedIn().principal) else {
            throw Refused(.forbidden, L("Only programme managers set the NET scale."))
        }
        let input = try SubmissionReader.form(req)
        func int(_ k: String) -> Int? { if case .text(let s)? = input[k] { Int(s.trimmingCharacters(in: .whitespaces)) } else { nil } }
        do {
            try await NETSettings.setScale(min: int("min"), max: int("max"), on: req.db)
            return req.redirect(to: SitePath.net(.targets))
        } catch let e as FieldErrors {
            return try await targetsPage(req, errors: e.errors).response(status: e.status)
        }
    }

    /// The target in a form, checked against the scale; empty means "back to the default".
    static func readTarget(_ input: [String: RawInput], scale: NETScale) throws -> (NetworkPhase, NETIndicator, Double?) {
        func text(_ k: String) -> String {
            switch input[k] {
            case .text(let s)?: s
            case .number(let d)?: String(d)
            default: ""
            }
        }
        guard let phase = NetworkPhase(rawValue: text("phase")) else { throw FieldErrors(errors: .init(field: "phase", L("must be one of the five phases"))) }
        guard let indicator = NETIndicator(rawValue: text("indicator")) else { throw FieldErrors(errors: .init(field: "indicator", L("must be one of the seven indicators"))) }
        let raw = text("target").trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return (phase, indicator, nil) }
        guard let v = Double(raw), v >= Double(scale.min), v <= Double(scale.max) else {
            throw FieldErrors(errors: .init(field: "target", L("must be a number between \(scale.min) and \(scale.max)")))
        }
        return (phase, indicator, v)
    }

    @Sendable func setTarget(req: Request) async throws -> Response {
        guard EditPolicy.canSetProgrammeTargets(try req.requireSignedIn().principal) else {
            throw Refused(.forbidden, L("Only programme managers set the programme's targets."))
        }
        do {
            let (p, i, v) = try Self.readTarget(try SubmissionReader.form(req), scale: try await NETSettings.scale(on: req.db))
            try await NETSettings.setTarget(nil, p, i, v, on: req.db)
            return req.redirect(to: SitePath.net(.targets))
        } catch let e as FieldErrors {
            return try await targetsPage(req, errors: e.errors).response(status: e.status)
        }
    }

    @Sendable func setOverride(req: Request) async throws -> Response {
        let network = try await RegistryService(registry: Registries.networks).find(req)
        guard EditPolicy.canOverride(try req.requireSignedIn().principal, chain: try await Registries.networks.chain(of: network, on: req.db)) else {
            throw Refused(.forbidden, L("Only a programme manager of this network sets its own targets."))
        }
        let (p, i, v) = try Self.readTarget(try SubmissionReader.form(req), scale: try await NETSettings.scale(on: req.db))
        try await NETSettings.setTarget(try network.requireID(), p, i, v, on: req.db)
        return req.redirect(to: SitePath.parts(.networks, .id(try network.requireID()), .net))
    }

    @Sendable func benchmark(req: Request) async throws -> HTML {
        let b = try await NETBenchmarkView.load(req)
        return Layout.page(L("NET benchmark"), req, body: b.html)
    }
}
