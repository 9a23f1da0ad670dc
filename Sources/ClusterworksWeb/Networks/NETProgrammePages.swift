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
        let s = try req.requireSignedIn()
        let sheet = NETTargetSheet(matrix: try await NETSettings.programmeTargets(on: req.db), scale: try await NETSettings.scale(on: req.db),
                                   editToken: EditPolicy.canSetProgrammeTargets(s.principal) ? s.csrfToken : nil, errors: errors)
        return Layout.page(L("NET target matrix"), req, body: NETTargetView.page(sheet))
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
