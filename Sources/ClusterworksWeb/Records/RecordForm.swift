import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The controls of a record's form, filled from the record, from what was just submitted, or
/// from a pre-fill.
enum RecordForm {
    static func fields(_ schema: RecordSchema, values: RecordValues, raw: [String: RawInput]?, prefill: [String: String],
                       errors: ValidationErrors, owner: ScopeRef? = nil, hidden: Set<String> = [], on db: any Database) async throws -> HTML {
        var out: [HTML] = []
        for rule in schema.writableFields {
            let (text, selected) = shown(rule, values: values, raw: raw, prefill: prefill)
            if hidden.contains(rule.key) {
                out.append("<input type=\"hidden\" name=\"\(rule.key)\" value=\"\(text)\">")
                continue
            }
            if case .breakdown = rule.kind {
                out.append(try await BreakdownFields.render(rule, shown: BreakdownFields.shown(rule.key, values: values, raw: raw), errors: errors, on: db))
                continue
            }
            var options: [ChoiceOption] = []
            switch rule.kind {
            case .reference(let type), .references(let type):
                options = try await ReferenceDirectory.options(type, owner: owner, on: db)
            default: break
            }
            out.append(FormField.render(rule, value: text, selected: selected, errors: errors, referenceOptions: options))
        }
        return HTML.join(out)
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

/// The record's history: who changed which fields, when; references are shown by name.
enum HistoryView {
    static func render(_ entries: [AuditEntryModel], schema: RecordSchema, on db: any Database) async throws -> HTML {
        let names = try await referenceNames(entries, schema: schema, on: db)
        let items = entries.map { e -> HTML in
            let changes = e.decodedChanges.map { c -> HTML in
                let rule = schema.field(c.field)
                return "<li>\(rule?.label ?? .verbatim(c.field)): \(shown(c.old, rule, names)) → \(shown(c.new, rule, names))</li>"
            }
            let when = InstantText.iso8601(e.at)
            return "<li><strong>\(Self.action(e.action))</strong> \(L("by \(e.userName) at")) <time datetime=\"\(when)\">\(when)</time><ul>\(changes)</ul></li>"
        }
        return """
        <section class="history" aria-labelledby="history-h"><h2 id="history-h">\(L("History"))</h2>
        \(items.isEmpty ? ("<p>\(L("No changes recorded."))</p>" as HTML) : "<ol>\(items)</ol>")</section>
        """
    }

    /// What the history calls a change, as the record writer names it (`create`, `update`, a figure's `approve`…).
    static func action(_ name: String) -> Phrase {
        switch name {
        case "create": L("Created")
        case "update": L("Changed")
        case "delete": L("Deleted")
        case "accept": L("Accepted")
        case "validate": L("Validated")
        case "submit": L("Submitted")
        case "approve": L("Approved")
        case "return": L("Returned")
        case "supersede": L("Superseded")
        default: .verbatim(name)
        }
    }

    /// A value as people read it: a choice by its label, a reference by the record's name.
    static func shown(_ value: String?, _ rule: FieldRule?, _ names: [String: String]) -> String {
        guard let value else { return "—" }
        if case .choice(let options)? = rule?.kind { return (options.first { $0.value == value }?.label ?? .verbatim(value)).said }
        return names[value] ?? value
    }

    /// The names of the records the history's reference fields pointed to, by lower-case id.
    static func referenceNames(_ entries: [AuditEntryModel], schema: RecordSchema, on db: any Database) async throws -> [String: String] {
        var wanted: [RecordType: Set<UUID>] = [:]
        for e in entries {
            for c in e.decodedChanges {
                guard case .reference(let type)? = schema.field(c.field)?.kind else { continue }
                for v in [c.old, c.new].compactMap({ $0 }) { if let id = UUID(uuidString: v) { wanted[type, default: []].insert(id) } }
            }
        }
        var names: [String: String] = [:]
        for (type, ids) in wanted {
            for (id, title) in try await ReferenceDirectory.titles(type, Array(ids), on: db) { names[id.lowercasedText] = title }
        }
        return names
    }
}
