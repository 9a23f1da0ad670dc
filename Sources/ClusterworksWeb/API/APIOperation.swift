import OpenAPIKit

/// One API operation as OpenAPI: its path ids, query parameters, body and answers. The errors it may
/// meet follow from whether it takes a body or deletes, so every operation documents them alike.
enum APIOperation {
    static func make(_ summary: String, path: [String] = [], list: String? = nil, query: [QueryParameter] = [], one: String? = nil,
                     body: String? = nil, created: String? = nil, noContent: Bool = false) -> OpenAPI.Operation {
        var responses: OpenAPI.Response.Map = [:]
        if let list { responses[200] = answer("A page of records", content(page(of: list))) }
        if let one { responses[200] = answer(one, content(APISchema.component(one))) }
        if let created { responses[201] = answer(created, content(APISchema.component(created))) }
        if noContent { responses[204] = answer("Deleted") }
        for (code, why) in errorResponses(body: body != nil || created != nil, deletes: noContent) { responses[code] = error(why) }
        return .init(summary: summary, parameters: parameters(path: path, query: query),
                     requestBody: body.map { .init(content: content(APISchema.component($0)), required: true) },
                     responses: responses)
    }

    /// An operation answering with something other than JSON (a CSV export).
    static func file(_ summary: String, type: OpenAPI.ContentType, description: String) -> OpenAPI.Operation {
        var responses: OpenAPI.Response.Map = [200: answer(description, content(.string, as: type))]
        for (code, why) in errorResponses(body: false, deletes: false) { responses[code] = error(why) }
        return .init(summary: summary, responses: responses)
    }

    /// Path ids are UUIDs; query parameters are those the route declares and reads.
    static func parameters(path: [String], query: [QueryParameter]) -> OpenAPI.Parameter.Array {
        path.map { .parameter(.init(name: $0, context: .path(schema: APISchema.uuid))) }
            + query.map { .parameter(.init(name: $0.name, context: .query(schema: APISchema.query($0)), description: $0.summary)) }
    }

    static func error(_ description: String) -> Either<OpenAPI.Reference<OpenAPI.Response>, OpenAPI.Response> {
        answer(description, content(APISchema.component("Error")))
    }

    static func answer(_ description: String, _ content: OpenAPI.Content.Map = [:]) -> Either<OpenAPI.Reference<OpenAPI.Response>, OpenAPI.Response> {
        .response(.init(description: description, content: content))
    }

    static func content(_ schema: JSONSchema, as type: OpenAPI.ContentType = .json) -> OpenAPI.Content.Map {
        [type: .content(OpenAPI.Content(schema: schema, encoding: nil))]
    }

    /// The errors an operation can answer, with why: every operation may meet bad parameters, a missing
    /// or revoked token, a role that may not, an unknown id, an address too long and a database away;
    /// those that send a body may also meet a body too large or of another type, and the domain's
    /// rules (422 names each field, e.g. a reference to a record that does not exist or a rule across
    /// records that JSON Schema cannot state); writes and deletions may conflict with other records.
    static func errorResponses(body: Bool, deletes: Bool) -> [(OpenAPI.Response.StatusCode, String)] {
        var codes: [(OpenAPI.Response.StatusCode, String)] = [
            (400, "A query parameter or the request is malformed; `fields` names the parameter"),
            (401, "No valid API token"), (403, "The token's user may not do this"),
            (404, "No such record (or not one the user may see)")]
        if body || deletes { codes.append((409, "The change conflicts with other records (a duplicate, a record in use, a frozen version)")) }
        if body {
            codes += [(413, "The body is larger than the route accepts"), (415, "The body is not of the documented type, or is compressed"),
                      (422, "A field breaks a rule of the domain; `fields` names each field with its problems")]
        }
        codes += [(414, "The address is longer than 8 KB"), (503, "The database is busy or cannot be reached; see Retry-After")]
        return codes
    }

    /// A page of a list: its items, the page asked for, its size and the total.
    private static func page(of name: String) -> JSONSchema {
        .object(properties: ["items": .array(required: false, items: APISchema.component(name)), "page": .integer(required: false),
                             "perPage": .integer(required: false), "total": .integer(required: false)])
    }

    /// The error body every refusal has: a code, a sentence and, where fields are at fault, their problems.
    static let errorSchema = JSONSchema.object(properties: [
        "error": .object(required: false, properties: [
            "code": .string(required: false), "message": .string(required: false),
            "fields": .object(required: false, additionalProperties: .b(.array(items: .string))),
        ]),
    ])
}
