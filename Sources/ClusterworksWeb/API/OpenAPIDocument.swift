import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// The OpenAPI 3.1 document, built from the same schemas the API validates with.
enum OpenAPIDocument {
    struct Collection {
        let path: String
        let name: String
        let model: any SchemaRecord.Type
        /// The list's paging, search, sorting and filters, as the route reads them.
        var parameters: [QueryParameter] { ListParameters.of(model) }
        var schema: RecordSchema { model.recordSchema }
    }

    static let collections: [Collection] = [
        .init(path: "/countries", name: "Country", model: CountryModel.self),
        .init(path: "/projects", name: "Project", model: ProjectModel.self),
        .init(path: "/actors", name: "Actor", model: ActorModel.self),
        .init(path: "/persons", name: "Person", model: PersonModel.self),
        .init(path: "/clusters", name: "Cluster", model: ClusterModel.self),
        .init(path: "/networks", name: "Network", model: NetworkModel.self),
        .init(path: "/indicators", name: "Indicator", model: IndicatorModel.self),
    ]

    static func build() -> JSONOut {
        var paths: [(String, JSONOut)] = []
        for c in collections {
            paths.append((c.path, .object([("get", op("List \(c.name)s", list: c.name, query: c.parameters)),
                                           ("post", op("Create a \(c.name)", body: c.name, created: c.name))])))
            paths.append((c.path + "/{id}", .object([("get", op("Read a \(c.name)", path: ["id"], one: c.name)),
                                                     ("patch", op("Change some fields of a \(c.name)", path: ["id"], one: c.name, body: c.name + "Change")),
                                                     ("delete", op("Delete a \(c.name)", path: ["id"], noContent: true))])))
        }
        let members = "/networks/{id}/memberships"
        paths.append((members, .object([("get", op("List a network's memberships", path: ["id"], list: "Membership")),
                                        ("post", op("Admit a member", path: ["id"], body: "Membership", created: "Membership"))])))
        paths.append((members + "/{membershipId}", .object([
            ("get", op("Read a membership", path: ["id", "membershipId"], one: "Membership")),
            ("patch", op("Change a membership (e.g. record leaving)", path: ["id", "membershipId"], one: "Membership", body: "MembershipChange")),
            ("delete", op("Delete a membership", path: ["id", "membershipId"], noContent: true)),
        ])))
        for part in AppParts.descriptors {
            let list = "/\(part.ownerPath)/{id}/\(part.path)", one = list + "/{partId}"
            var listOps: [(String, JSONOut)] = [("get", op("List a \(part.ownerKind.rawValue)'s \(part.singular) records", path: ["id"], list: part.name))]
            // Parts that need more than their fields to be created take a body of their own (`PlanReviewCreate`).
            listOps.append(("post", op("Add \(part.singular.withArticle)", path: ["id"], body: part.genericCreate ? part.name : part.name + "Create", created: part.name)))
            paths.append((list, .object(listOps)))
            var oneOps: [(String, JSONOut)] = [("get", op("Read \(part.singular.withArticle)", path: ["id", "partId"], one: part.name)),
                                               ("patch", op("Change some fields of \(part.singular.withArticle)", path: ["id", "partId"], one: part.name, body: part.name + "Change"))]
            if part.deletable { oneOps.append(("delete", op("Delete \(part.singular.withArticle)", path: ["id", "partId"], noContent: true))) }
            paths.append((one, .object(oneOps)))
        }
        paths += clusterCycleOperations() + networkOperations() + clusterMapOperations()
        paths.append(("/users", .object([("get", op("List users (admin)", list: "User", query: ListParameters.of(UserModel.self))),
                                         ("post", op("Create a user (admin)", body: "UserCreate", created: "User"))])))
        let assignments = "/users/{userId}/assignments"
        paths.append((assignments, .object([("get", op("A user's assignments (admin)", path: ["userId"], list: "Assignment")),
                                            ("post", op("Assign a programme manager, broker or institution staff to a project, cluster or network (admin); 200 if already assigned", path: ["userId"], one: "Assignment", body: "AssignmentCreate", created: "Assignment"))])))
        paths.append((assignments + "/{assignmentId}", .object([("delete", op("Remove an assignment (admin)", path: ["userId", "assignmentId"], noContent: true))])))
        paths.append(("/users/me", .object([("get", op("The signed-in user", one: "User"))])))
        paths.append(("/users/{userId}", .object([("get", op("Read a user (admin)", path: ["userId"], one: "User")),
                                                  ("patch", op("Change a user (admin)", path: ["userId"], one: "User", body: "UserChange"))])))
        paths.append(("/auth/tokens", .object([("post", .object([
            ("summary", .string("Issue a personal API token from e-mail and password")),
            ("security", .array([])),
            ("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([("schema", .object([
                ("type", .string("object")), ("required", .array([.string("email"), .string("password")])),
                ("properties", .object([("email", .object([("type", .string("string")), ("minLength", .int(1))])), ("password", .object([("type", .string("string")), ("minLength", .int(1))]))])),
            ]))]))]))])),
            ("responses", .object([("201", .object([("description", .string("The token, shown once")), ("content", .object([("application/json", .object([("schema", .object([
                ("type", .string("object")), ("required", .array([.string("token")])), ("properties", .object([("token", .object([("type", .string("string"))]))])),
            ]))]))]))])),
                                   ("400", errorRef("E-mail or password missing")), ("401", errorRef("The e-mail or password is not right, or the account is locked for a while")),
                                   ("413", errorRef("The body is larger than 1 MB")), ("414", errorRef("The address is longer than 8 KB")),
                                   ("415", errorRef("The body is not JSON, or is compressed")),
                                   ("429", errorRef("Too many failed sign-ins from this address; see Retry-After")), ("503", errorRef("The database is busy or cannot be reached"))])),
        ]))])))
        var schemas: [(String, JSONOut)] = collections.map { ($0.name, schema($0.schema)) }
        schemas.append(("Membership", schema(MembershipSchema.schema, extra: [("networkId", .object([("type", .string("string")), ("format", .string("uuid")), ("readOnly", .bool(true))]))])))
        // A kind of part some owners share (results of clusters and of networks) is one schema with each owner's id.
        let parts = AppParts.descriptors
        for part in parts where !schemas.contains(where: { $0.0 == part.name }) {
            let owners = Set(parts.filter { $0.name == part.name }.map(\.ownerKind.rawValue)).sorted()
            let ownerType: JSONOut = owners.count == 1 ? .string("string") : .array([.string("string"), .string("null")])
            var extra: [(String, JSONOut)] = owners.map { ("\($0)Id", .object([("type", ownerType), ("format", .string("uuid")), ("readOnly", .bool(true))])) }
            if part.schema.type == .planReview {
                extra += [("progress", .object([("type", .string("array")), ("readOnly", .bool(true)), ("description", .string("Progress reported per action"))])),
                          ("planVersion", .object([("type", .string("object")), ("readOnly", .bool(true)), ("description", .string("The plan as this review found it: version, vision, objectives, actions"))]))]
            }
            schemas.append((part.name, schema(part.schema, extra: extra)))
        }
        schemas.append(("DiagnosticValidation", schema(DiagnosticValidation.schema)))
        schemas.append(("PlanReviewCreate", schema(PlanReviewSchema.schema, extra: [("progress", .object([("type", .string("array")), ("items", .object([
            ("type", .string("object")), ("required", .array([.string("actionId"), .string("status")])),
            ("properties", .object([("actionId", .object([("type", .string("string")), ("format", .string("uuid"))])),
                                    ("status", .object([("type", .string("string")), ("enum", .array(ActionStatus.allCases.map { .string($0.rawValue) }))])),
                                    ("percent", .object([("type", .string("integer")), ("minimum", .int(0)), ("maximum", .int(100))])),
                                    ("note", .object([("type", .string("string")), ("maxLength", .int(2000))]))])),
        ]))]))])))
        schemas.append(("ClusterSummary", .object([("type", .string("object")), ("description", .string("Stage and next stage with what it needs, diagnostic (version, status, validatedVersion), ties (existing, toStrengthen, missing, conflict), participation per quarter, plan, cost sharing, results (counts; one cluster's summary also items: each indicator's baseline, latest, target, shareOfTarget, status and latest breakdown), handover"))])))
        schemas.append(("NetworkSummary", .object([("type", .string("object")), ("description", .string("phase, nextPhase {phase, missing}, currentMembers, membersByYear, latestNET, supplierDevelopment"))])))
        schemas.append(("LinkageOverview", .object([("type", .string("object")), ("description", .string("items: networkId, name, phase, figures; total"))])))
        schemas.append(("NETBenchmark", .object([("type", .string("object")), ("description", .string("Per indicator: distribution (min, quartiles, median, max, count), the network's score and percentile"))])))
        schemas.append(("NETTargets", .object([("type", .string("object")), ("description", .string("scale {min,max} and targets by phase and indicator"))])))
        schemas.append(("NETTargetCell", .object([("type", .string("object")), ("required", .array([.string("phase"), .string("indicator")])), ("properties", .object([
            ("phase", .object([("type", .string("string")), ("enum", .array(NetworkPhase.allCases.map { .string($0.rawValue) }))])),
            ("indicator", .object([("type", .string("string")), ("enum", .array(NETIndicator.allCases.map { .string($0.rawValue) }))])),
            ("target", .object([("type", .array([.string("number"), .string("null")])), ("minimum", .int(0)), ("maximum", .int(10)),
                                ("description", .string("Within the programme's NET scale (0–10 at most); null returns to the default"))]))])), ("additionalProperties", .bool(false))])))
        schemas.append(("NETScale", .object([("type", .string("object")), ("required", .array([.string("min"), .string("max")])), ("properties", .object([
            ("min", .object([("type", .string("integer")), ("minimum", .int(0)), ("maximum", .int(10))])),
            ("max", .object([("type", .string("integer")), ("minimum", .int(0)), ("maximum", .int(10))]))])), ("additionalProperties", .bool(false)),
            ("description", .string("At least three steps: max − min ≥ 2"))])))
        schemas.append(("PhaseDecisionCreate", schema(PhaseDecisionSchema.schema)))
        schemas.append(("ClusterOverview", .object([("type", .string("object")), ("properties", .object([
            ("items", .object([("type", .string("array")), ("items", .object([("$ref", .string("#/components/schemas/ClusterSummary"))]))])),
            ("total", .object([("type", .string("integer"))]))]))])))
        schemas.append(("CostSharing", .object([("type", .string("object")), ("description", .string("Pledged and paid by funder kind, shares 0…1, share of pledges honoured"))])))
        schemas.append(("User", schema(UserSchema.schema)))
        schemas.append(("UserCreate", schema(UserSchema.schema, extra: [("password", .object([("type", .string("string")), ("minLength", .int(PasswordPolicy.minimumLength)), ("writeOnly", .bool(true))]))])))
        schemas.append(("ClusterMap", .object([("type", .string("object")), ("description", .string("A cluster map: id, name, countryCode, firstYear, lastYear, rows, regions, industries, clusters, strongClusters; one map also has regionsMatching, offset and items (regions with tradedEmployment, strongClusters, strongestLQ and their ranked candidates: rank, cluster, strong, topThree, lq, employment, establishments, wage, employmentChange, growthRate)"))])))
        schemas.append(("ClusterMapUpload", .object([("type", .string("object")), ("required", .array([.string("name"), .string("statistics"), .string("definitions")])), ("properties", .object([
            ("name", .object([("type", .string("string")), ("maxLength", .int(200))])),
            ("countryCode", .object([("type", .string("string")), ("pattern", .string("^[A-Z]{2}$"))])),
            ("statistics", .object([("type", .string("string")), ("contentMediaType", .string("text/csv")), ("description", .string("year, region, industry, employment, establishments, payroll"))])),
            ("definitions", .object([("type", .string("string")), ("contentMediaType", .string("text/csv")), ("description", .string("industry, cluster, traded (1 or 0)"))])),
            ("regions", .object([("type", .string("string")), ("contentMediaType", .string("text/csv")), ("description", .string("optional: region, latitude, longitude"))]))])),
            ("additionalProperties", .bool(false)),
            ("description", .string("At most 256 MB in all (413 past it), read as it arrives; the user's role is checked before the body is read"))])))
        schemas.append(("NetworkAnalysis", .object([("type", .string("object")), ("description", .string("actors, ties, density, components, transitivity, communities (Leiden), modularity, findings (sentences), bridges {from, to, brokers, directlyTied}, nodes with degree, betweenness, closeness, eigenvector, pageRank, clustering, core, constraint, effectiveSize, component, community and brokerage counts by role"))])))
        // A change sends only the fields it changes: the same schema with nothing required.
        let changed = Set(collections.map(\.name) + ["Membership", "User"] + AppParts.descriptors.map(\.name))
        schemas += schemas.filter { changed.contains($0.0) }.map { ($0.0 + "Change", withoutRequired($0.1)) }
        let uuid: JSONOut = .object([("type", .string("string")), ("format", .string("uuid"))])
        let kinds: JSONOut = .object([("type", .string("string")), ("enum", .array(ScopeKind.allCases.map { .string($0.rawValue) }))])
        schemas.append(("Assignment", .object([("type", .string("object")), ("required", .array(["id", "userId", "kind", "scopeId"].map(JSONOut.string))),
            ("properties", .object([("id", uuid), ("userId", uuid), ("kind", kinds), ("scopeId", uuid),
                                    ("title", .object([("type", .array([.string("string"), .string("null")]))]))])), ("additionalProperties", .bool(false))])))
        schemas.append(("AssignmentCreate", .object([("type", .string("object")), ("required", .array([.string("kind"), .string("scopeId")])),
            ("properties", .object([("kind", kinds), ("scopeId", uuid)])), ("additionalProperties", .bool(false))])))
        schemas.append(("Error", errorSchema))
        return .object([
            ("openapi", .string("3.1.0")),
            ("info", .object([("title", .string("Clusterworks API")), ("version", .string("1.0.0")),
                              ("description", .string("Clusters and networks of SMEs. Dates are ISO 8601 (YYYY-MM-DD), fields camelCase."))])),
            ("servers", .array([.object([("url", .string("/api/v1"))])])),
            ("security", .array([.object([("bearer", .array([]))])])),
            ("paths", .object(paths)),
            ("components", .object([("schemas", .object(schemas)), ("securitySchemes", .object([("bearer", .object([("type", .string("http")), ("scheme", .string("bearer"))]))]))])),
        ])
    }

    /// The steps beyond plain edits: validating a diagnostic, a new version, a review, the summaries.
    static func clusterCycleOperations() -> [(String, JSONOut)] {
        let d = "/clusters/{id}/diagnostics/{partId}"
        return [
            (d + "/validate", .object([("post", op("Validate a diagnostic with the stakeholders; it becomes read-only", path: ["id", "partId"], one: "Diagnostic", body: "DiagnosticValidation"))])),
            (d + "/new-version", .object([("post", op("Start a new draft version copied from this diagnostic", path: ["id", "partId"], created: "Diagnostic"))])),
            ("/clusters/{id}/summary", .object([("get", op("Where the cluster stands", path: ["id"], one: "ClusterSummary"))])),
            ("/clusters/{id}/network-analysis", .object([("get", op("The map of linkages read as a network: findings, bridges between groups, every actor's measures", path: ["id"], query: [NetworkAnalysisPages.groups], one: "NetworkAnalysis"))])),
            ("/programme/clusters", .object([("get", op("Every cluster with its figures", query: ClusterOverview.parameters, one: "ClusterOverview"))])),
            ("/projects/{id}/cost-sharing", .object([("get", op("Cost sharing across a project's clusters", path: ["id"], one: "CostSharing"))])),
        ]
    }

    /// Network steps beyond plain edits: NET benchmark, targets and CSV.
    static func networkOperations() -> [(String, JSONOut)] {
        let csv: JSONOut = .object([("summary", .string("Every NET assessment as CSV: scores, targets and gaps per indicator")),
                                    ("responses", .object([("200", .object([("description", .string("CSV")), ("content", .object([("text/csv", .object([("schema", .object([("type", .string("string"))]))]))]))])),
                                                           ] + errorResponses(body: false, deletes: false).map { ($0.0, errorRef($0.1)) }))])
        return [
            ("/net/benchmark", .object([("get", op("Networks in a phase compared per indicator", query: [NETBenchmarkView.phaseParameter], one: "NETBenchmark"))])),
            ("/networks/{id}/net/benchmark", .object([("get", op("A network among the networks in its phase", path: ["id"], query: [NETBenchmarkView.phaseParameter, NETBenchmarkView.assessmentParameter], one: "NETBenchmark"))])),
            ("/net/targets", .object([("get", op("The programme's NET scale and target matrix", one: "NETTargets")),
                                      ("put", op("Set one target of the programme's matrix (programme managers)", one: "NETTargets", body: "NETTargetCell"))])),
            ("/networks/{id}/net/targets", .object([("get", op("A network's NET targets: the programme's with its overrides", path: ["id"], one: "NETTargets")),
                                                    ("put", op("Set one of the network's own targets (its programme manager)", path: ["id"], one: "NETTargets", body: "NETTargetCell"))])),
            ("/net/scale", .object([("put", op("Set the NET scale {min,max} (programme managers)", one: "NETTargets", body: "NETScale"))])),
            ("/net/matrix.csv", .object([("get", csv)])),
            ("/networks/{id}/summary", .object([("get", op("Where the network stands: phase and what the next needs, members by year, latest NET, supplier development figures", path: ["id"], one: "NetworkSummary"))])),
            ("/programme/linkages", .object([("get", op("Every vertical network with its supplier development figures", one: "LinkageOverview"))])),
        ]
    }

    /// Cluster maps: uploads are multipart form data; a file's problems come back under its name.
    static func clusterMapOperations() -> [(String, JSONOut)] {
        var create = op("Map clusters from uploaded statistics (programme managers); 422 lists each malformed line under the file's name", created: "ClusterMap")
        if case .object(var pairs) = create {
            pairs.insert(("requestBody", .object([("required", .bool(true)), ("content", .object([("multipart/form-data", .object([("schema", .object([("$ref", .string("#/components/schemas/ClusterMapUpload"))]))]))]))])), at: 1)
            create = .object(pairs)
        }
        return [
            ("/cluster-maps", .object([("get", op("The programme's cluster maps", one: "ClusterMap")), ("post", create)])),
            ("/cluster-maps/{id}", .object([("get", op("A map with its regions, most strong clusters first", path: ["id"], query: ClusterMapAPI.showParameters, one: "ClusterMap")),
                                            ("delete", op("Delete a map (programme managers)", path: ["id"], noContent: true))])),
        ]
    }

    /// The errors an operation can answer, with why: every operation may meet bad parameters, a missing
    /// or revoked token, a role that may not, an unknown id, an address too long and a database away;
    /// those that send a body may also meet a body too large or of another type, and the domain's
    /// rules (422 names each field, e.g. a reference to a record that does not exist or a rule across
    /// records that JSON Schema cannot state); writes and deletions may conflict with other records.
    static func errorResponses(body: Bool, deletes: Bool) -> [(String, String)] {
        var codes: [(String, String)] = [("400", "A query parameter or the request is malformed; `fields` names the parameter"),
                                         ("401", "No valid API token"), ("403", "The token's user may not do this"),
                                         ("404", "No such record (or not one the user may see)")]
        if body || deletes { codes.append(("409", "The change conflicts with other records (a duplicate, a record in use, a frozen version)")) }
        if body {
            codes += [("413", "The body is larger than the route accepts"), ("415", "The body is not of the documented type, or is compressed"),
                      ("422", "A field breaks a rule of the domain; `fields` names each field with its problems")]
        }
        codes += [("414", "The address is longer than 8 KB"), ("503", "The database is busy or cannot be reached; see Retry-After")]
        return codes
    }

    private static func errorRef(_ description: String) -> JSONOut {
        .object([("description", .string(description)), ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/Error"))]))]))]))])
    }

    private static func ref(_ name: String) -> JSONOut {
        .object([("description", .string(name)), ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/\(name)"))]))]))]))])
    }

    private static func op(_ summary: String, path: [String] = [], list: String? = nil, query: [QueryParameter] = [], one: String? = nil,
                           body: String? = nil, created: String? = nil, noContent: Bool = false) -> JSONOut {
        var responses: [(String, JSONOut)] = []
        if let list {
            responses.append(("200", .object([("description", .string("A page of records")), ("content", .object([("application/json", .object([("schema", .object([
                ("type", .string("object")),
                ("properties", .object([("items", .object([("type", .string("array")), ("items", .object([("$ref", .string("#/components/schemas/\(list)"))]))])),
                                        ("page", .object([("type", .string("integer"))])), ("perPage", .object([("type", .string("integer"))])),
                                        ("total", .object([("type", .string("integer"))]))])),
            ]))]))]))])))
        }
        if let one { responses.append(("200", ref(one))) }
        if let created { responses.append(("201", ref(created))) }
        if noContent { responses.append(("204", .object([("description", .string("Deleted"))]))) }
        for (code, why) in errorResponses(body: body != nil || created != nil, deletes: noContent) { responses.append((code, errorRef(why))) }
        var pairs: [(String, JSONOut)] = [("summary", .string(summary))]
        var parameters: [JSONOut] = path.map { name in
            .object([("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
                     ("schema", .object([("type", .string("string")), ("format", .string("uuid"))]))])
        }
        parameters += query.map(Self.parameter)
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters))) }
        if let body {
            pairs.append(("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/\(body)"))]))]))]))])))
        }
        pairs.append(("responses", .object(responses)))
        return .object(pairs)
    }

    static func parameter(_ p: QueryParameter) -> JSONOut {
        let schema: [(String, JSONOut)]
        switch p.kind {
        case .integer(let r): schema = [("type", .string("integer")), ("minimum", .int(r.lowerBound)), ("maximum", .int(r.upperBound))]
        case .text(let max): schema = [("type", .string("string")), ("maxLength", .int(max)), ("pattern", .string(#"^[^\u0000]*$"#))]
        case .choice(let values): schema = [("type", .string("string")), ("enum", .array(values.map(JSONOut.string)))]
        case .uuid: schema = [("type", .string("string")), ("format", .string("uuid"))]
        case .date: schema = [("type", .string("string")), ("format", .string("date"))]
        case .countryCode: schema = [("type", .string("string")), ("pattern", .string("^[A-Za-z]{2}$"))]
        case .flag: schema = [("type", .string("string")), ("enum", .array([.string("0"), .string("1")]))]
        }
        return .object([("name", .string(p.name)), ("in", .string("query")), ("required", .bool(false)),
                        ("description", .string(p.summary)), ("schema", .object(schema))])
    }

    static func withoutRequired(_ schema: JSONOut) -> JSONOut {
        guard case .object(let pairs) = schema else { return schema }
        return .object(pairs.filter { $0.0 != "required" })
    }

    static func schema(_ s: RecordSchema, extra: [(String, JSONOut)] = []) -> JSONOut {
        var props: [(String, JSONOut)] = [("id", .object([("type", .string("string")), ("format", .string("uuid")), ("readOnly", .bool(true))]))]
        for f in s.fields { props.append((f.key, property(f))) }
        props.append(("createdAt", .object([("type", .string("string")), ("format", .string("date-time")), ("readOnly", .bool(true))])))
        props.append(("updatedAt", .object([("type", .string("string")), ("format", .string("date-time")), ("readOnly", .bool(true))])))
        // Unknown keys are refused (a misspelt field is never dropped silently), so the schema says so.
        return .object([("type", .string("object")), ("required", .array(s.fields.filter(\.required).map { .string($0.key) })),
                        ("properties", .object(props + extra)), ("additionalProperties", .bool(false))])
    }

    /// A field as JSON Schema. A field that is not required may be null: null clears it in a change, and
    /// an empty value is written as null (an empty list as []).
    static func property(_ f: FieldRule) -> JSONOut {
        guard case .object(var pairs) = baseProperty(f) else { return baseProperty(f) }
        if !f.required, let i = pairs.firstIndex(where: { $0.0 == "type" }), case .string(let type) = pairs[i].1 {
            pairs[i].1 = .array([.string(type), .string("null")])
            if let e = pairs.firstIndex(where: { $0.0 == "enum" }), case .array(let values) = pairs[e].1 { pairs[e].1 = .array(values + [.null]) }
        }
        return .object(pairs)
    }

    static func baseProperty(_ f: FieldRule) -> JSONOut {
        var p: [(String, JSONOut)] = [("description", .string(f.label + (f.help.map { ". " + $0 } ?? "")))]
        let string: (String, JSONOut) = ("type", .string("string"))
        switch f.kind {
        case .text(let max): p += [string, ("maxLength", .int(max)), ("pattern", .string(TextPattern.line(required: f.required)))]
        case .longText(let max): p += [string, ("maxLength", .int(max)), ("pattern", .string(TextPattern.paragraphs(required: f.required)))]
        case .email: p += [string, ("maxLength", .int(254)), ("pattern", .string(TextPattern.email))]
        case .integer(let r): p += [("type", .string("integer")), ("minimum", .int(r.lowerBound)), ("maximum", .int(r.upperBound))]
        case .decimal(let r): p += [("type", .string("number")), ("minimum", .double(r.lowerBound)), ("maximum", .double(r.upperBound))]
        case .date: p += [string, ("format", .string("date")), ("pattern", .string(TextPattern.date))]
        case .boolean: p += [("type", .string("boolean"))]
        case .choice(let o): p += [string, ("enum", .array(o.map { .string($0.value) }))]
        case .choices(let o): p += list(f, [string, ("enum", .array(o.map { .string($0.value) }))])
        case .textList(let n, let max): p += list(f, [string, ("maxLength", .int(max)), ("pattern", .string(TextPattern.item(required: f.required)))]) + [("maxItems", .int(n))]
        case .countryCode: p += [string, ("pattern", .string("^[A-Z]{2}$"))]
        case .countryCodes: p += list(f, [string, ("pattern", .string("^[A-Z]{2}$"))])
        case .reference: p += [string, ("format", .string("uuid"))]
        case .references: p += list(f, [string, ("format", .string("uuid"))])
        }
        if f.readOnly { p.append(("readOnly", .bool(true))) }
        return .object(p)
    }

    /// An array of `items`; a required list needs at least one.
    private static func list(_ f: FieldRule, _ items: [(String, JSONOut)]) -> [(String, JSONOut)] {
        [("type", .string("array")), ("items", .object(items))] + (f.required ? [("minItems", .int(1))] : [])
    }

    static let errorSchema: JSONOut = .object([
        ("type", .string("object")),
        ("properties", .object([("error", .object([("type", .string("object")), ("properties", .object([
            ("code", .object([("type", .string("string"))])), ("message", .object([("type", .string("string"))])),
            ("fields", .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]))])),
        ]))]))])),
    ])
}
