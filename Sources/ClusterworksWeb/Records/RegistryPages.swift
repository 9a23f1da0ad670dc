import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The list, record, and form pages of one registry.
struct RegistryPages<M: SchemaRecord>: RouteCollection {
    let registry: Registry<M>
    var service: RegistryService<M> { RegistryService(registry: registry) }

    func boot(routes: any RoutesBuilder) throws {
        let f = registry.folder
        routes.get(.list(f), use: list).declaring(ListParameters.of(M.self))
        routes.get(.new(f), use: newForm).declaring(prefillParameters)
        routes.post(.list(f), use: create)
        routes.get(.record(f, .key), use: show)
        routes.get(.edit(f, .key), use: editForm)
        routes.post(.record(f, .key), use: update)
        routes.post(.delete(f, .key), use: delete)
    }

    @Sendable func list(req: Request) async throws -> HTML {
        let (request, page) = try await service.list(req)
        let mayCreate = registry.mayCreateSomewhere(try req.requireSignedIn())
        let sheet = RegistryTable.Sheet(registry, page, request)
        return Layout.page(registry.plural, req, body: RegistryListPage.render(sheet, newLabel: mayCreate ? L("New \(registry.singular)") : nil))
    }

    @Sendable func show(req: Request) async throws -> HTML {
        let record = try await service.find(req)
        return Layout.page(record.title, req, body: RecordPage.render(try await RecordSheet.load(record, registry, req)))
    }

    @Sendable func newForm(req: Request) async throws -> HTML {
        try await formPage(req, record: nil, values: [:], errors: ValidationErrors(), prefill: prefill(req))
    }

    /// Any field may be pre-filled; a value that does not fit is simply not used.
    var prefillParameters: [QueryParameter] {
        registry.schema.fields.map { .text($0.key, max: 100, "Starts the form with this value") }
    }

    /// `?projectId=…` and similar pre-fill a new record's parent from the page that linked here.
    private func prefill(_ req: Request) -> [String: String] {
        var out: [String: String] = [:]
        for p in prefillParameters {
            if let v = try? req.query(p) { out[p.name] = v }
        }
        return out
    }

    @Sendable func editForm(req: Request) async throws -> HTML {
        let record = try await service.find(req)
        let s = try req.requireSignedIn()
        guard try await registry.canEdit(s, record, on: req.db) else { throw Refused(.forbidden, L("You may not change this \(registry.singular).")) }
        return try await formPage(req, record: record, values: record.values, errors: ValidationErrors(), prefill: [:])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let input = try SubmissionReader.form(req)
        do {
            let record = try await service.create(input, req)
            return req.redirect(to: SitePath.record(registry.folder, .id(try record.requireID())))
        } catch let e as FieldErrors {
            return try await formPage(req, record: nil, values: [:], errors: e.errors, prefill: [:], raw: input)
                .response(status: .unprocessableEntity)
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        let record = try await service.find(req)
        let input = try SubmissionReader.form(req)
        do {
            try await service.update(record, input, partial: false, req)
            return req.redirect(to: SitePath.record(registry.folder, .id(try record.requireID())))
        } catch let e as FieldErrors {
            return try await formPage(req, record: record, values: record.values, errors: e.errors, prefill: [:], raw: input)
                .response(status: .unprocessableEntity)
        }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let record = try await service.find(req)
        try await service.delete(record, req)
        return req.redirect(to: SitePath.list(registry.folder))
    }

    private func formPage(_ req: Request, record: M?, values: RecordValues, errors: ValidationErrors,
                          prefill: [String: String], raw: [String: RawInput]? = nil) async throws -> HTML {
        let title: Phrase = record.map { L("Edit: \($0.title)") } ?? L("New: \(registry.singular)")
        let action = record.flatMap { $0.id }.map { SitePath.record(registry.folder, .id($0)) } ?? .list(registry.folder)
        let sheet = RecordFormSheet(
            title: title, action: action, cancel: record == nil ? .list(registry.folder) : action,
            form: try await FilledForm.load(registry.schema, values: values, raw: raw, prefill: prefill, errors: errors, req))
        return Layout.page(title, req, body: RecordFormPage.render(sheet))
    }
}
