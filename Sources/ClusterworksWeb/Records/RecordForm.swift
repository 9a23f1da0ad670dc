import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The controls of a record's form, filled from the record, from what was just submitted, or
/// from a pre-fill. `load` reads what the controls offer (references, breakdown dimensions) and
/// `render` draws them without a database.
enum RecordForm {
    /// One control as the form shows it.
    enum Control: Sendable {
        case hidden(key: String, value: String)
        case field(FieldRule, value: String, selected: [String], options: [ChoiceOption])
        case breakdown(FieldRule, dimensions: [BreakdownDimension], shown: [String: [String: String]])
    }

    static func load(_ schema: RecordSchema, values: RecordValues, raw: [String: RawInput]?, prefill: [String: String],
                     owner: ScopeRef? = nil, hidden: Set<String> = [], on db: any Database) async throws -> [Control] {
        var out: [Control] = []
        for rule in schema.writableFields {
            let (text, selected) = shown(rule, values: values, raw: raw, prefill: prefill)
            if hidden.contains(rule.key) {
                out.append(.hidden(key: rule.key, value: text))
                continue
            }
            if case .breakdown = rule.kind {
                let dimensions = try await DimensionModel.all(on: db).values.sorted { $0.name < $1.name }
                out.append(.breakdown(rule, dimensions: dimensions, shown: BreakdownFields.shown(rule.key, values: values, raw: raw)))
                continue
            }
            var options: [ChoiceOption] = []
            switch rule.kind {
            case .reference(let type), .references(let type):
                options = try await ReferenceDirectory.options(type, owner: owner, on: db)
            default: break
            }
            out.append(.field(rule, value: text, selected: selected, options: options))
        }
        return out
    }

    static func render(_ controls: [Control], errors: ValidationErrors) -> HTML {
        HTML.join(controls.map { control -> HTML in
            switch control {
            case .hidden(let key, let value): "<input type=\"hidden\" name=\"\(key)\" value=\"\(value)\">"
            case .field(let rule, let value, let selected, let options):
                FormField.render(rule, value: value, selected: selected, errors: errors, referenceOptions: options)
            case .breakdown(let rule, let dimensions, let shown): BreakdownFields.render(rule, dimensions: dimensions, shown: shown, errors: errors)
            }
        })
    }

    private static func shown(_ rule: FieldRule, values: RecordValues, raw: [String: RawInput]?,
                              prefill: [String: String]) -> (String, [String]) {
        if let raw {
            switch raw[rule.key] {
            case .text(let s): return (s, [s])
            case .list(let items):
                let texts = items.compactMap { if case .text(let s) = $0 { s } else { nil } }
                return (texts.joined(separator: "\n"), texts)
            default: return ("", [])
            }
        }
        if let p = prefill[rule.key] { return (p, [p]) }
        guard let v = values[rule.key] else { return ("", []) }
        switch v {
        case .list(let items): return (items.joined(separator: "\n"), items)
        case .reference(let id): return (id.lowercasedText, [id.lowercasedText])
        default: return (v.display, [v.display])
        }
    }
}

/// A record's fields as a definition list, with references shown by name and linked.
enum RecordView {
    static func definitionList<M: SchemaRecord>(_ record: M, on db: any Database) async throws -> HTML {
        try await definitionList(record.values, M.recordSchema, on: db)
    }

    static func definitionList(_ values: RecordValues, _ schema: RecordSchema, on db: any Database) async throws -> HTML {
        definitionList(try await fields(values, schema, on: db))
    }

    /// Each field of the schema with its value as the reader reads it (references by name).
    static func fields(_ values: RecordValues, _ schema: RecordSchema, on db: any Database) async throws -> [RecordSheet.Field] {
        var out: [RecordSheet.Field] = []
        for rule in schema.fields { out.append(.init(label: rule.label, value: try await display(rule, values[rule.key], on: db))) }
        return out
    }

    static func definitionList(_ fields: [RecordSheet.Field]) -> HTML {
        "<dl class=\"record\">\(fields.map { "<dt>\($0.label)</dt><dd>\($0.value)</dd>" as HTML })</dl>"
    }

    /// Referenced records by name, linked where they have a page of their own.
    static func links(_ type: RecordType, _ ids: [UUID], on db: any Database) async throws -> HTML {
        let titles = try await ReferenceDirectory.titles(type, ids, on: db)
        let items = ids.map { id -> HTML in
            let title = titles[id] ?? L("(removed)").said
            guard let folder = RecordPaths.folder(type) else { return "\(title)" }
            return "<a href=\"\(SitePath.record(folder, .id(id)))\">\(title)</a>"
        }
        return HTML.join(items, separator: ", ")
    }

    static func display(_ rule: FieldRule, _ value: FieldValue?, on db: any Database) async throws -> HTML {
        guard let value else { return "<span class=\"hint\">—</span>" }
        switch rule.kind {
        case .reference(let type):
            guard let id = value.reference else { return .empty }
            return try await links(type, [id], on: db)
        case .references(let type):
            return try await links(type, (value.list ?? []).compactMap(UUID.init(uuidString:)), on: db)
        case .choice(let options):
            return "\(options.first { $0.value == value.text }?.label ?? .verbatim(value.display))"
        case .choices(let options):
            return "\((value.list ?? []).map { v in (options.first { $0.value == v }?.label ?? .verbatim(v)).said }.joined(separator: ", "))"
        case .textList, .countryCodes:
            return "\((value.list ?? []).joined(separator: "\n"))"
        case .breakdown:
            return try await BreakdownFields.display(value, on: db)
        default:
            return "\(value.shown)"
        }
    }
}
