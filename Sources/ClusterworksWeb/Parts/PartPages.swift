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
        let parts = try await service.list(owner, req)
        let mayEdit = try await service.mayEdit(owner, req)
        let form: HTML = mayEdit && !(registry.single && !parts.isEmpty)
            ? try await addForm(owner, req, errors: errors, raw: raw, prefill: try await registry.prefill(owner, req)) : .empty
        return Layout.page(L("\(registry.plural) — \(owner.title)"), req, body: """
        \(SectionNav.header(owner, current: registry.folder.rawValue))
        <h1>\(registry.plural)</h1>
        \(try await registry.intro(owner, parts, req))
        \(try await table(owner, parts, req))
        \(form)
        """)
    }

    /// The parts as a table, each linked to its page.
    func table(_ owner: P, _ parts: [C], _ req: Request) async throws -> HTML {
        let rules = registry.columns.compactMap { registry.schema.field($0) }
        let head = rules.map { "<th scope=\"col\">\($0.label)</th>" as HTML }
        var rows: [HTML] = []
        for part in parts {
            let values = part.values
            var cells: [HTML] = ["<td><a href=\"\(registry.partPath(owner, part))\">\(part.title)</a></td>"]
            for rule in rules { cells.append("<td>\(try await RecordView.display(rule, values[rule.key], on: req.db))</td>") }
            rows.append("<tr>\(cells)</tr>")
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(registry.plural)"><table><thead><tr><th scope="col">\(registry.singular)</th>\(head)</tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"\(rules.count + 1)\">\(L("None recorded yet."))</td></tr>" : HTML.join(rows))</tbody></table></div>
        """
    }

    /// The form to add a part; other pages embed it with some fields fixed (`hidden`).
    func addForm(_ owner: P, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?,
                 prefill: [String: String] = [:], hidden: Set<String> = []) async throws -> HTML {
        let fields = try await RecordForm.fields(registry.schema, values: [:], raw: raw, prefill: prefill, errors: errors,
                                                 owner: registry.scope(owner), hidden: hidden, on: req.db)
        let id = "add-\(registry.folder.rawValue)"
        return """
        <section aria-labelledby="\(id)"><h2 id="\(id)">\(L("Add: \(registry.singular)"))</h2>
        \(Self.errorNotice(errors))
        <form class="stack" method="post" action="\(registry.listPath(owner))" novalidate>
        \(Layout.csrfField(req))\(fields)<div><button type="submit">\(L("Add: \(registry.singular)"))</button></div></form></section>
        """
    }

    static func errorNotice(_ errors: ValidationErrors) -> HTML {
        guard !errors.isEmpty else { return .empty }
        let general = errors.fields.filter { $0.key == "id" || $0.key == "status" }.flatMap(\.value)
        return "<p class=\"notice error\" role=\"alert\">\(general.isEmpty ? L("Please correct the fields marked below.") : Phrase.list(general, separator: " "))</p>"
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
        let mayEdit = try await service.mayEdit(owner, req)
        let frozen = try await registry.frozen(part, req.db)
        let history = try await RecordWriter.history(of: try part.requireID(), on: req.db)
        let path = registry.partPath(owner, part)
        var editing: HTML = .empty
        if mayEdit, frozen == nil {
            let fields = try await RecordForm.fields(registry.schema, values: part.values, raw: raw, prefill: [:], errors: errors,
                                                     owner: registry.scope(owner), on: req.db)
            editing = """
            <details\(errors.isEmpty ? .empty : HTML(raw: " open"))><summary>\(L("Change this \(registry.singular)"))</summary>
            \(Self.errorNotice(errors))
            <form class="stack" method="post" action="\(path)" novalidate>\(Layout.csrfField(req))\(fields)
            <div><button type="submit">\(L("Save"))</button></div></form>
            \(registry.deletable ? """
            <form class="actions" method="post" action="\(SitePath.deletePart(registry.owner.folder, .id(try owner.requireID()), registry.folder, .id(try part.requireID())))">\(Layout.csrfField(req))<button class="danger" type="submit">\(L("Delete this \(registry.singular)"))</button></form>
            """ : .empty)
            </details>
            """
        } else if let frozen {
            editing = "<p class=\"notice\">\(L("This \(registry.singular) \(frozen.1)."))</p>"
        }
        return Layout.page(part.title, req, body: """
        \(SectionNav.header(owner, current: registry.folder.rawValue))
        <p><a href="\(registry.listPath(owner))">\(registry.plural)</a></p>
        <h1>\(part.title)</h1>
        \(try await RecordView.definitionList(part, on: req.db))
        \(try await registry.detail(owner, part, req))
        \(editing)
        \(try await HistoryView.render(history, schema: registry.schema, on: req.db))
        """)
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
