import ClusterworksDomain
import ClusterworksPersistence
import Vapor

/// The OpenAPI 3.1 document, built from the same schemas the API validates with.
enum OpenAPIDocument {
    struct Collection {
        let path: String
        let name: String
        let model: any SchemaRecord.Type
        /// Query parameters that filter the list, from the model's filter columns.
        var filters: [String] { (Array(model.filterColumns.keys) + (name == "Project" ? ["country"] : [])).sorted() }
        var schema: RecordSchema { model.recordSchema }
    }

    static let collections: [Collection] = [
        .init(path: "/countries", name: "Country", model: CountryModel.self),
        .init(path: "/projects", name: "Project", model: ProjectModel.self),
        .init(path: "/actors", name: "Actor", model: ActorModel.self),
        .init(path: "/persons", name: "Person", model: PersonModel.self),
        .init(path: "/clusters", name: "Cluster", model: ClusterModel.self),
        .init(path: "/networks", name: "Network", model: NetworkModel.self),
    ]

    static func build() -> JSONOut {
        var paths: [(String, JSONOut)] = []
        for c in collections {
            paths.append((c.path, .object([("get", op("List \(c.name)s", list: c.name, filters: c.filters)),
                                           ("post", op("Create a \(c.name)", body: c.name, created: c.name))])))
            paths.append((c.path + "/{id}", .object([("get", op("Read a \(c.name)", path: ["id"], one: c.name)),
                                                     ("patch", op("Change some fields of a \(c.name)", path: ["id"], one: c.name, body: c.name)),
                                                     ("delete", op("Delete a \(c.name)", path: ["id"], noContent: true))])))
        }
        let members = "/networks/{id}/memberships"
        paths.append((members, .object([("get", op("List a network's memberships", path: ["id"], list: "Membership")),
                                        ("post", op("Admit a member", path: ["id"], body: "Membership", created: "Membership"))])))
        paths.append((members + "/{membershipId}", .object([
            ("get", op("Read a membership", path: ["id", "membershipId"], one: "Membership")),
            ("patch", op("Change a membership (e.g. record leaving)", path: ["id", "membershipId"], one: "Membership", body: "Membership")),
            ("delete", op("Delete a membership", path: ["id", "membershipId"], noContent: true)),
        ])))
        paths.append(("/users", .object([("get", op("List users (admin)", list: "User", filters: UserModel.filterColumns.keys.sorted())),
                                         ("post", op("Create a user (admin)", body: "UserCreate", created: "User"))])))
        paths.append(("/users/me", .object([("get", op("The signed-in user", one: "User"))])))
        paths.append(("/users/{userId}", .object([("get", op("Read a user (admin)", path: ["userId"], one: "User")),
                                                  ("patch", op("Change a user (admin)", path: ["userId"], one: "User", body: "User"))])))
        paths.append(("/auth/tokens", .object([("post", .object([
            ("summary", .string("Issue a personal API token from e-mail and password")),
            ("security", .array([])),
            ("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([("schema", .object([
                ("type", .string("object")), ("required", .array([.string("email"), .string("password")])),
                ("properties", .object([("email", .object([("type", .string("string"))])), ("password", .object([("type", .string("string"))]))])),
            ]))]))]))])),
            ("responses", .object([("201", .object([("description", .string("The token, shown once"))])), ("401", ref("Error"))])),
        ]))])))
        var schemas: [(String, JSONOut)] = collections.map { ($0.name, schema($0.schema)) }
        schemas.append(("Membership", schema(MembershipSchema.schema, extra: [("networkId", .object([("type", .string("string")), ("format", .string("uuid")), ("readOnly", .bool(true))]))])))
        schemas.append(("User", schema(UserSchema.schema)))
        schemas.append(("UserCreate", schema(UserSchema.schema, extra: [("password", .object([("type", .string("string")), ("minLength", .int(PasswordPolicy.minimumLength)), ("writeOnly", .bool(true))]))])))
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

    private static func ref(_ name: String) -> JSONOut {
        .object([("description", .string(name)), ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/\(name)"))]))]))]))])
    }

    private static func op(_ summary: String, path: [String] = [], list: String? = nil, filters: [String]? = nil, one: String? = nil,
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
        for code in ["400", "401", "403", "404", "409", "422"] { responses.append((code, ref("Error"))) }
        var pairs: [(String, JSONOut)] = [("summary", .string(summary))]
        var parameters: [JSONOut] = path.map { name in
            .object([("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
                     ("schema", .object([("type", .string("string")), ("format", .string("uuid"))]))])
        }
        if let filters {
            for name in ["page", "perPage", "q", "sort", "dir"] + filters {
                let type = name == "page" || name == "perPage" ? "integer" : "string"
                parameters.append(.object([("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
                                           ("schema", .object([("type", .string(type))]))]))
            }
        }
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters))) }
        if let body {
            pairs.append(("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/\(body)"))]))]))]))])))
        }
        pairs.append(("responses", .object(responses)))
        return .object(pairs)
    }

    static func schema(_ s: RecordSchema, extra: [(String, JSONOut)] = []) -> JSONOut {
        var props: [(String, JSONOut)] = [("id", .object([("type", .string("string")), ("format", .string("uuid")), ("readOnly", .bool(true))]))]
        for f in s.fields { props.append((f.key, property(f))) }
        props.append(("createdAt", .object([("type", .string("string")), ("format", .string("date-time")), ("readOnly", .bool(true))])))
        props.append(("updatedAt", .object([("type", .string("string")), ("format", .string("date-time")), ("readOnly", .bool(true))])))
        return .object([("type", .string("object")), ("required", .array(s.fields.filter(\.required).map { .string($0.key) })),
                        ("properties", .object(props + extra))])
    }

    static func property(_ f: FieldRule) -> JSONOut {
        var p: [(String, JSONOut)] = [("description", .string(f.label + (f.help.map { ". " + $0 } ?? "")))]
        switch f.kind {
        case .text(let max), .longText(let max): p += [("type", .string("string")), ("maxLength", .int(max))]
        case .email: p += [("type", .string("string")), ("format", .string("email"))]
        case .integer(let r): p += [("type", .string("integer")), ("minimum", .int(r.lowerBound)), ("maximum", .int(r.upperBound))]
        case .decimal(let r): p += [("type", .string("number")), ("minimum", .double(r.lowerBound)), ("maximum", .double(r.upperBound))]
        case .date: p += [("type", .string("string")), ("format", .string("date"))]
        case .boolean: p += [("type", .string("boolean"))]
        case .choice(let o): p += [("type", .string("string")), ("enum", .array(o.map { .string($0.value) }))]
        case .choices(let o): p += [("type", .string("array")), ("items", .object([("type", .string("string")), ("enum", .array(o.map { .string($0.value) }))]))]
        case .textList(let n, let max): p += [("type", .string("array")), ("maxItems", .int(n)), ("items", .object([("type", .string("string")), ("maxLength", .int(max))]))]
        case .countryCode: p += [("type", .string("string")), ("pattern", .string("^[A-Z]{2}$"))]
        case .countryCodes: p += [("type", .string("array")), ("items", .object([("type", .string("string")), ("pattern", .string("^[A-Z]{2}$"))]))]
        case .reference: p += [("type", .string("string")), ("format", .string("uuid"))]
        }
        if f.readOnly { p.append(("readOnly", .bool(true))) }
        return .object(p)
    }

    static let errorSchema: JSONOut = .object([
        ("type", .string("object")),
        ("properties", .object([("error", .object([("type", .string("object")), ("properties", .object([
            ("code", .object([("type", .string("string"))])), ("message", .object([("type", .string("string"))])),
            ("fields", .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]))])),
        ]))]))])),
    ])
}
