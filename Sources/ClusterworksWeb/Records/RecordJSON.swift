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
        if case .breakdown = kind { return breakdown(Breakdown(lines: v?.list ?? [])) }
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
        case .reference(let id): return .string(id.lowercasedText)
        }
    }

    /// `{"sex": {"female": 60, "male": 50}}`, dimensions and categories in code order.
    static func breakdown(_ b: Breakdown) -> JSONOut {
        .object(b.values.keys.sorted().map { d in (d, .object(b.values[d]!.keys.sorted().map { c in (c, .double(b.values[d]![c]!)) })) })
    }

    static func timestamp(_ d: Date?) -> JSONOut {
        d.map { .string(InstantText.iso8601($0)) } ?? .null
    }

    /// A page of a list: `{"items","page","perPage","total"}`.
    static func page<M: SchemaRecord>(_ page: ListPage<M>) -> JSONOut {
        page.wrapping(page.items.map { record($0) })
    }

    /// A page read from rows, written exactly as the same records' models would be.
    static func page<M: SchemaRecord>(_ page: ListPage<ListedRow>, of type: M.Type) -> JSONOut {
        let fields = M.recordSchema.fields, timestamped = M.self is any Timestamped.Type
        return page.wrapping(page.items.map { row in
            record(fields, id: row.id, value: { i, _ in row.fields[i] }, timestamps: timestamped ? (row.createdAt, row.updatedAt) : nil)
        })
    }

    static func record<M: SchemaRecord>(_ r: M, extra: [(String, JSONOut)] = []) -> JSONOut {
        let values = r.values, t = r as? any Timestamped
        return record(M.recordSchema.fields, id: r.id, value: { _, rule in values[rule.key] }, timestamps: t.map { ($0.createdAt, $0.updatedAt) }, extra: extra)
    }

    private static func record(_ fields: [FieldRule], id: UUID?, value: (Int, FieldRule) -> FieldValue?,
                               timestamps: (Date?, Date?)?, extra: [(String, JSONOut)] = []) -> JSONOut {
        var pairs: [(String, JSONOut)] = [("id", id.map { .string($0.lowercasedText) } ?? .null)]
        pairs.reserveCapacity(fields.count + 3 + extra.count)
        for (i, rule) in fields.enumerated() { pairs.append((rule.key, Self.value(value(i, rule), kind: rule.kind))) }
        if let (created, updated) = timestamps {
            pairs.append(("createdAt", timestamp(created)))
            pairs.append(("updatedAt", timestamp(updated)))
        }
        // A key the record's schema has is the field's (a result's `networkId` is the network it measures,
        // not the network that owns it); an extra never repeats it, so a key appears once.
        return .object(pairs + extra.filter { key, _ in !pairs.contains { $0.0 == key } })
    }
}

extension ListPage {
    /// `{"items","page","perPage","total"}` around items already written.
    func wrapping(_ items: [JSONOut]) -> JSONOut {
        .object([("items", .array(items)), ("page", .int(page)), ("perPage", .int(perPage)), ("total", .int(total))])
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
