import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The pages of one kind of part: its list under the owner with a form to add one, and each
/// part's page with its fields, a form to change it, and its history.
struct PartPages<P: SchemaRecord, C: OwnedRecord>: RouteCollection {
    let registry: PartRegistry<P, C>
    var service: PartService<P, C> { PartService(registry: registry) }

    func boot(routes: any RoutesBuilder) throws {
        let (o, f) = (registry.owner.folder, registry.folder)
        routes.get(.parts(o, .key, f), use: list).declaring(registry.queryParameters)
        if registry.genericCreate { routes.post(.parts(o, .key, f), use: create) }
        routes.get(.part(o, .key, f, .key), use: show)
        routes.post(.part(o, .key, f, .key), use: update)
        if registry.deletable { routes.post(.deletePart(o, .key, f, .key), use: delete) }
    }

    @Sendable func list(req: Request) async throws -> HTML {
        let owner = try await service.owner(req)
        return try await listPage(owner, req, errors: ValidationErrors(), raw: nil)
    }

    func listPage(_ owner: P, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let sheet = try await listSheet(owner, req, errors: errors, raw: raw)
        return Layout.page(L("\(registry.plural) — \(owner.title)"), req, body: PartView.list(sheet))
    }

    func listSheet(_ owner: P, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> PartListSheet {
        let parts = try await service.list(owner, req)
        let mayAdd = try await service.mayEdit(owner, req) && !(registry.single && !parts.isEmpty)
        return PartListSheet(
            nav: SectionNav.header(owner, current: registry.folder.rawValue), plural: registry.plural,
            intro: try await registry.intro(owner, parts, req), table: try await tableSheet(owner, parts, req),
            addForm: mayAdd ? try await addFormSheet(owner, req, errors: errors, raw: raw, prefill: try await registry.prefill(owner, req)) : nil)
    }

    /// The parts as a table, each linked to its page.
    func table(_ owner: P, _ parts: [C], _ req: Request) async throws -> HTML {
        PartView.table(try await tableSheet(owner, parts, req))
    }

    func tableSheet(_ owner: P, _ parts: [C], _ req: Request) async throws -> PartTable {
        let rules = registry.columns.compactMap { registry.schema.field($0) }
        var rows: [PartTable.Row] = []
        for part in parts {
            let values = part.values
            var cells: [HTML] = []
            for rule in rules { cells.append(try await RecordView.display(rule, values[rule.key], on: req.db)) }
            rows.append(.init(path: registry.partPath(owner, part), title: part.title, cells: cells))
        }
        return PartTable(singular: registry.singular, plural: registry.plural, columns: rules.map(\.label), rows: rows)
    }

    /// The form to add a part; other pages embed it with some fields fixed (`hidden`).
    func addFormSheet(_ owner: P, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?,
                      prefill: [String: String] = [:], hidden: Set<String> = []) async throws -> PartForm {
        PartForm(folder: registry.folder, singular: registry.singular, action: registry.listPath(owner),
                 form: try await FilledForm.load(registry.schema, raw: raw, prefill: prefill, owner: registry.scope(owner), hidden: hidden, errors: errors, req))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let owner = try await service.owner(req)
        let input = try SubmissionReader.form(req)
        do {
            let part = try await service.create(input, in: owner, req)
            return req.redirect(to: registry.returnTo(owner, part) ?? registry.listPath(owner))
        } catch let e as FieldErrors {
            return try await listPage(owner, req, errors: e.errors, raw: input).response(status: e.status)
        }
    }

    @Sendable func show(req: Request) async throws -> HTML {
        let owner = try await service.owner(req)
        return try await partPage(owner, try await service.find(req, in: owner), req, errors: ValidationErrors(), raw: nil)
    }

    func partPage(_ owner: P, _ part: C, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let sheet = try await partSheet(owner, part, req, errors: errors, raw: raw)
        return Layout.page(part.title, req, body: PartView.page(sheet))
    }

    func partSheet(_ owner: P, _ part: C, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> PartSheet {
        let path = registry.partPath(owner, part)
        var editing = PartSheet.Editing.none
        if let frozen = try await registry.frozen(part, req.db) {
            editing = .frozen(frozen.1)
        } else if try await service.mayEdit(owner, req) {
            let delete: SitePath? = registry.deletable
                ? .deletePart(registry.owner.folder, .id(try owner.requireID()), registry.folder, .id(try part.requireID())) : nil
            editing = .form(try await FilledForm.load(registry.schema, values: part.values, raw: raw, owner: registry.scope(owner), errors: errors, req),
                            action: path, delete: delete)
        }
        return PartSheet(
            nav: SectionNav.header(owner, current: registry.folder.rawValue), list: registry.listPath(owner),
            plural: registry.plural, singular: registry.singular, title: part.title,
            fields: try await RecordView.fields(part.values, C.recordSchema, on: req.db), detail: try await registry.detail(owner, part, req),
            editing: editing, history: try await RecordHistory.load(of: try part.requireID(), schema: registry.schema, on: req.db))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let owner = try await service.owner(req)
        let part = try await service.find(req, in: owner)
        let input = try SubmissionReader.form(req)
        do {
            try await service.update(part, input, partial: false, in: owner, req)
            return req.redirect(to: registry.returnTo(owner, part) ?? registry.partPath(owner, part))
        } catch let e as FieldErrors {
            return try await partPage(owner, part, req, errors: e.errors, raw: input).response(status: e.status)
        }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let owner = try await service.owner(req)
        let part = try await service.find(req, in: owner)
        try await service.delete(part, in: owner, req)
        return req.redirect(to: registry.returnTo(owner, part) ?? registry.listPath(owner))
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
