import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// Reads a submission into the domain's raw inputs: a URL-encoded form, or a JSON object.
enum SubmissionReader {
    /// A form: every key once, `name[]` keys as lists, `name.a.b` keys as an object under `name`
    /// (a breakdown's boxes).
    static func form(_ req: Request) throws -> [String: RawInput] {
        guard req.headers.contentType == .urlEncodedForm else {
            throw BadRequestBody(reason: "Send the form as application/x-www-form-urlencoded.")
        }
        let body = req.body.string ?? ""
        var singles: [String: String] = [:]
        var lists: [String: [RawInput]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(parts[0]), value = parts.count > 1 ? decode(parts[1]) : ""
            if key == "_csrf" { continue }
            if key.hasSuffix("[]") { lists[String(key.dropLast(2)), default: []].append(.text(value)) }
            else { singles[key] = value } // the last wins: a ticked checkbox follows its hidden "false"
        }
        var input: [String: RawInput] = [:]
        for (key, value) in singles { nest(&input, key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)[...], .text(value)) }
        for (key, values) in lists { input[key] = .list(values) }
        return input
    }

    /// Puts `value` at `path` in nested objects; a plain value already at a step is replaced.
    private static func nest(_ input: inout [String: RawInput], _ path: ArraySlice<String>, _ value: RawInput) {
        guard let head = path.first else { return }
        guard path.count > 1 else { input[head] = value; return }
        var inner: [String: RawInput] = [:]
        if case .object(let existing)? = input[head] { inner = existing }
        nest(&inner, path.dropFirst(), value)
        input[head] = .object(inner)
    }

    private static func decode(_ s: Substring) -> String {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
    }

    /// A JSON object; anything else is a 400 that says so.
    static func json(_ req: Request) throws -> [String: RawInput] {
        guard let contentType = req.headers.contentType, contentType.type == "application", contentType.subType == "json" else {
            throw Refused(.unsupportedMediaType, L("Send a JSON object with Content-Type: application/json."))
        }
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            throw BadRequestBody(reason: "The request body is empty; send a JSON object.")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView))
        } catch {
            throw BadRequestBody(reason: "The request body is not valid JSON.")
        }
        guard case .object(let dict) = value else { throw BadRequestBody(reason: "The request body must be a JSON object.") }
        return dict.mapValues(\.rawInput)
    }
}

extension SubmissionReader {
    /// A JSON object for a record of `schema`. A value not of the type the schema states (`"5"` for a
    /// number, `""` for a date) is not read leniently as a form's would be: it reaches validation as a
    /// value no field accepts, so it is refused with the other fields' problems (422 naming each).
    static func json(_ req: Request, schema: RecordSchema) throws -> [String: RawInput] {
        var input = try json(req)
        for key in schema.mistypedJSONKeys(input) { input[key] = .unsupported }
        return input
    }
}

/// Any JSON value, decoded without guessing at types.
indirect enum JSONValue: Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var rawInput: RawInput {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let d): .number(d)
        case .string(let s): .text(s)
        case .array(let a): .list(a.map(\.rawInput))
        case .object(let o): .object(o.mapValues(\.rawInput))
        }
    }
}
