import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// Every NET assessment as CSV: a row per assessment with each indicator's score, target and gap.
enum NETExport {
    @Sendable static func csv(req: Request) async throws -> Response {
        let assessments = try await NETAssessmentModel.query(on: req.db).sort(\.$assessedOn).all()
        let networks = Dictionary(uniqueKeysWithValues: try await NetworkModel.query(on: req.db).all().map { ($0.id!, $0) })
        let programme = try await NETSettings.programmeTargets(on: req.db)
        // Every network's own targets in one query, laid over the programme's once per network.
        let cells = try await NETTargetModel.query(on: req.db).filter(\.$networkId != nil).all()
        let overrides = Dictionary(grouping: cells, by: { $0.networkId! }).mapValues { programme.overridden(by: NETTargetModel.matrix($0)) }
        var lines = [(["network", "network_id", "country", "assessed_on", "phase", "scale_min", "scale_max"]
            + NETIndicator.allCases.flatMap { ["\($0.rawValue)_score", "\($0.rawValue)_target", "\($0.rawValue)_gap"] }
            + ["at_or_above_target", "depends_on_broker"]).map(CSVWriter.field).joined(separator: ",")]
        for a in assessments {
            guard let n = networks[a.networkId] else { continue }
            let c = NETComparison(scores: a.scores, phase: a.networkPhase, targets: overrides[a.networkId] ?? programme)
            var cells = [n.name, a.networkId.lowercasedText, n.countryCode, a.assessedOn, a.networkPhase.rawValue, String(a.scaleMin), String(a.scaleMax)]
            for i in NETIndicator.allCases {
                let r = c.rows.first { $0.indicator == i }
                cells += [r.map { FieldValue.decimal($0.score).display } ?? "", r?.target.map { FieldValue.decimal($0).display } ?? "",
                          r?.gap.map { FieldValue.decimal($0).display } ?? ""]
            }
            cells += [String(c.atOrAboveTarget), a.dependsOnBroker ? "yes" : "no"]
            lines.append(CSVWriter.line(text: cells))
        }
        return CSVDownload.response(lines, name: "net-assessments.csv")
    }
}

/// `/api/v1/net/…`: the benchmark, the CSV and the programme's targets.
struct NETAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.net(.benchmark), use: benchmark).declaring([NETBenchmarkView.phaseParameter])
        routes.get(.network(.key, .netBenchmark), use: benchmark).declaring([NETBenchmarkView.phaseParameter, NETBenchmarkView.assessmentParameter])
        routes.get(.net(.matrix), use: NETExport.csv)
        routes.get(.net(.targets), use: targets)
        routes.get(.network(.key, .netTargets), use: targets)
        routes.put("net", "targets", use: setTarget)
        routes.put("networks", ":id", "net", "targets", use: setTarget)
        routes.put("net", "scale", use: setScale)
    }

    /// `{"phase","indicator","target"}`; a null target goes back to the default.
    @Sendable func setTarget(req: Request) async throws -> JSONResponse {
        let s = try req.requireSignedIn()
        var network: UUID?
        if req.parameters.get("id") != nil {
            let n = try await RegistryService(registry: Registries.networks).find(req)
            guard EditPolicy.canOverride(s.principal, chain: try await Registries.networks.chain(of: n, on: req.db)) else {
                throw Refused(.forbidden, L("Only a programme manager of this network sets its own targets."))
            }
            network = try n.requireID()
        } else if !EditPolicy.canSetProgrammeTargets(s.principal) {
            throw Refused(.forbidden, L("Only programme managers set the programme's targets."))
        }
        let input = try Self.exactly(["phase", "indicator", "target"], numbers: ["target"], in: try SubmissionReader.json(req))
        let (p, i, v) = try NETProgrammePages.readTarget(input, scale: try await NETSettings.scale(on: req.db))
        try await NETSettings.setTarget(network, p, i, v, on: req.db)
        return try await targets(req: req)
    }

    /// `{"min","max"}`.
    @Sendable func setScale(req: Request) async throws -> JSONResponse {
        guard EditPolicy.canSetProgrammeTargets(try req.requireSignedIn().principal) else {
            throw Refused(.forbidden, L("Only programme managers set the NET scale."))
        }
        let input = try Self.exactly(["min", "max"], numbers: ["min", "max"], in: try SubmissionReader.json(req))
        func int(_ k: String) -> Int? { if case .number(let d)? = input[k], d == d.rounded(), abs(d) < 1000 { Int(d) } else { nil } }
        try await NETSettings.setScale(min: int("min"), max: int("max"), on: req.db)
        return try await targets(req: req)
    }

    /// The body's keys must be among `keys`, and those in `numbers` JSON numbers (or null): 422 naming each.
    static func exactly(_ keys: Set<String>, numbers: Set<String>, in input: [String: RawInput]) throws -> [String: RawInput] {
        var errors = ValidationErrors()
        for key in input.keys.sorted() where !keys.contains(key) { errors.add(key, L("is not a field here")) }
        for key in numbers.sorted() {
            switch input[key] {
            case nil, .null?, .number?: continue
            default: errors.add(key, L("must be a JSON number"))
            }
        }
        if !errors.isEmpty { throw FieldErrors(errors: errors) }
        return input
    }

    @Sendable func benchmark(req: Request) async throws -> JSONResponse {
        JSONResponse(body: try await NETBenchmarkView.load(req).json)
    }

    @Sendable func targets(req: Request) async throws -> JSONResponse {
        var targets = try await NETSettings.programmeTargets(on: req.db)
        if req.parameters.get("id") != nil {
            let network = try await RegistryService(registry: Registries.networks).find(req)
            targets = targets.overridden(by: try await NETSettings.overrides(network.requireID(), on: req.db))
        }
        let scale = try await NETSettings.scale(on: req.db)
        return JSONResponse(body: .object([
            ("scale", .object([("min", .int(scale.min)), ("max", .int(scale.max))])),
            ("targets", .object(NetworkPhase.allCases.map { p in
                (p.rawValue, .object(NETIndicator.allCases.map { i in (i.rawValue, targets.target(p, i).map(JSONOut.double) ?? .null) }))
            })),
        ]))
    }
}

extension NETAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        let phase = NETBenchmarkView.phaseParameter, assessment = NETBenchmarkView.assessmentParameter
        return [
            ("/net/benchmark", OpenAPI.PathItem(get: APIOperation.make("Networks in a phase compared per indicator", query: [phase], one: "NETBenchmark"))),
            ("/networks/{id}/net/benchmark", OpenAPI.PathItem(get: APIOperation.make("A network among the networks in its phase", path: ["id"], query: [phase, assessment], one: "NETBenchmark"))),
            ("/net/targets", OpenAPI.PathItem(get: APIOperation.make("The programme's NET scale and target matrix", one: "NETTargets"),
                                              put: APIOperation.make("Set one target of the programme's matrix (programme managers)", one: "NETTargets", body: "NETTargetCell"))),
            ("/networks/{id}/net/targets", OpenAPI.PathItem(get: APIOperation.make("A network's NET targets: the programme's with its overrides", path: ["id"], one: "NETTargets"),
                                                            put: APIOperation.make("Set one of the network's own targets (its programme manager)", path: ["id"], one: "NETTargets", body: "NETTargetCell"))),
            ("/net/scale", OpenAPI.PathItem(put: APIOperation.make("Set the NET scale {min,max} (programme managers)", one: "NETTargets", body: "NETScale"))),
            ("/net/matrix.csv", OpenAPI.PathItem(get: APIOperation.file("Every NET assessment as CSV: scores, targets and gaps per indicator", type: .csv, description: "CSV"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let step = JSONSchema.integer(maximum: (10, exclusive: false), minimum: (0, exclusive: false))
        return [
            ("NETBenchmark", .object(description: "Per indicator: distribution (min, quartiles, median, max, count), the network's score and percentile")),
            ("NETTargets", .object(description: "scale {min,max} and targets by phase and indicator")),
            ("NETTargetCell", .object(properties: [
                "phase": .string(allowedValues: NetworkPhase.allCases.map { AnyCodable($0.rawValue) }),
                "indicator": .string(allowedValues: NETIndicator.allCases.map { AnyCodable($0.rawValue) }),
                "target": .number(required: false, nullable: true, description: "Within the programme's NET scale (0–10 at most); null returns to the default",
                                  maximum: (10, exclusive: false), minimum: (0, exclusive: false)),
            ], additionalProperties: .a(false))),
            ("NETScale", .object(description: "At least three steps: max − min ≥ 2", properties: ["min": step, "max": step], additionalProperties: .a(false))),
        ]
    }
}
