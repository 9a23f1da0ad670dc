import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Foundation

/// A record's history as people read it: who changed which fields, when, with references by name.
struct RecordHistory: Sendable {
    struct Change: Sendable {
        let label: Phrase
        let old: String
        let new: String
    }

    struct Entry: Sendable {
        /// As the record writer names it: `create`, `update`, a figure's `approve`…
        let action: String
        let userName: String
        let at: Date
        let changes: [Change]
    }

    let entries: [Entry]

    static func load(of id: UUID, schema: RecordSchema, on db: any Database) async throws -> RecordHistory {
        let entries = try await RecordWriter.history(of: id, on: db)
        let names = try await referenceNames(entries, schema: schema, on: db)
        return RecordHistory(entries: entries.map { e in
            Entry(action: e.action, userName: e.userName, at: e.at, changes: e.decodedChanges.map { c in
                let rule = schema.field(c.field)
                return Change(label: rule?.label ?? .verbatim(c.field), old: shown(c.old, rule, names), new: shown(c.new, rule, names))
            })
        })
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

/// The record's history section, newest last, its instants in the reader's format. Pure.
enum HistoryView {
    static func render(_ history: RecordHistory) -> HTML {
        let items = history.entries.map { e -> HTML in
            let changes = e.changes.map { c -> HTML in "<li>\(c.label): \(c.old) → \(c.new)</li>" }
            return """
            <li><strong>\(action(e.action))</strong> \(L("by \(e.userName) at")) <time datetime="\(InstantText.iso8601(e.at))">\(Wording.current.instant(e.at))</time><ul>\(changes)</ul></li>
            """
        }
        return """
        <section class="history" aria-labelledby="history-h"><h2 id="history-h">\(L("History"))</h2>
        \(items.isEmpty ? ("<p>\(L("No changes recorded."))</p>" as HTML) : "<ol>\(items)</ol>")</section>
        """
    }

    /// What the history calls a change, as the record writer names it.
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
}
