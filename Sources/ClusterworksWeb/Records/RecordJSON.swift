import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// A JSON value written by the API; records are turned into these from their schema.
indirect enum JSONOut: Encodable, Sendable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONOut]), object([(String, JSONOut)])

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let v): var c = encoder.singleValueContainer(); try c.encode(v)
        case .int(let v): var c = encoder.singleValueContainer(); try c.encode(v)
        case .double(let v): var c = encoder.singleValueContainer(); try c.encode(v)
        case .string(let v): var c = encoder.singleValueContainer(); try c.encode(v)
        case .array(let v): var c = encoder.unkeyedContainer(); for x in v { try c.encode(x) }
        case .object(let pairs):
            var c = encoder.container(keyedBy: Key.self)
            for (k, v) in pairs { try c.encode(v, forKey: Key(k)) }
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    static func value(_ v: FieldValue?, kind: FieldKind) -> JSONOut {
        guard let v else {
            switch kind {
            case .countryCodes, .choices, .textList, .references: return .array([])
            default: return .null
            }
        }
        switch v {
        case .text(let s): return .string(s)
        case .integer(let i): return .int(i)
        case .decimal(let d): return .double(d)
        case .date(let d): return .string(d.description)
        case .boolean(let b): return .bool(b)
        case .list(let l): return .array(l.map(JSONOut.string))
        case .reference(let id): return .string(id.uuidString.lowercased())
        }
    }

    static func timestamp(_ d: Date?) -> JSONOut {
        d.map { .string(InstantText.iso8601($0)) } ?? .null
    }

    /// A page of a list: `{"items","page","perPage","total"}`.
    static func page<M: SchemaRecord>(_ page: ListPage<M>) -> JSONOut {
        .object([("items", .array(page.items.map { record($0) })),
                 ("page", .int(page.page)), ("perPage", .int(page.perPage)), ("total", .int(page.total))])
    }

    static func record<M: SchemaRecord>(_ r: M, extra: [(String, JSONOut)] = []) -> JSONOut {
        let values = r.values
        var pairs: [(String, JSONOut)] = [("id", r.id.map { .string($0.uuidString.lowercased()) } ?? .null)]
        for rule in M.recordSchema.fields { pairs.append((rule.key, value(values[rule.key], kind: rule.kind))) }
        if let t = r as? any Timestamped {
            pairs.append(("createdAt", timestamp(t.createdAt)))
            pairs.append(("updatedAt", timestamp(t.updatedAt)))
        }
        // A key the record's schema has is the field's (a result's `networkId` is the network it measures,
        // not the network that owns it); an extra never repeats it, so a key appears once.
        return .object(pairs + extra.filter { key, _ in !pairs.contains { $0.0 == key } })
    }
}

/// Encodes a `JSONOut` as a response.
struct JSONResponse: AsyncResponseEncodable {
    let body: JSONOut
    var status: HTTPResponseStatus = .ok

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(buffer: JSONBytes.buffer(body, allocator: request.byteBufferAllocator)))
    }
}
