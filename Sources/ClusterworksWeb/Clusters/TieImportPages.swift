import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// Ties added to a cluster's map of linkages from a CSV file: a form with a file field on the
/// site, a `text/csv` body on the API. The same columns as one tie; a file with any bad line is
/// refused whole, every bad line listed.
struct TieImportPages: RouteCollection {
    /// 50,000 ties take about 5 MB; room for notes.
    static let maxUpload: ByteCount = "32mb"
    static let columns = ["fromActorId", "toActorId", "tieType", "status", "recordedOn", "note"]

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.cluster(.key, .importTies), use: form)
        StreamedUpload.on(routes.on(.POST, .cluster(.key, .importTies), body: .stream, use: upload))
    }

    @Sendable func form(req: Request) async throws -> HTML {
        let cluster = try await Self.editableCluster(req)
        return try Self.page(req, cluster, errors: nil)
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let cluster = try await Self.editableCluster(req)
        let form = try await StreamedForm.read(req, limit: Self.maxUpload, files: ["ties"]) { fields in try CSRFMiddleware.check(fields["_csrf"], req) }
        do {
            _ = try await Self.run(form.files["ties"] ?? Data(), field: "ties", cluster, req)
            return req.redirect(to: SitePath.parts(.clusters, .id(try cluster.requireID()), .linkages).href, redirectType: .normal)
        } catch let e as FieldErrors {
            return try Self.page(req, cluster, errors: e.errors).response(status: e.status)
        }
    }

    /// The cluster, if the signed-in user may change its map of linkages.
    static func editableCluster(_ req: Request) async throws -> ClusterModel {
        let service = PartService(registry: ClusterParts.linkages)
        let cluster = try await service.owner(req)
        try await service.requireEdit(cluster, req)
        return cluster
    }

    static func run(_ file: Data, field: String, _ cluster: ClusterModel, _ req: Request) async throws -> [LinkageModel] {
        let lines = try Self.lines(file, field: field)
        return try await TieImport.run(lines, into: try cluster.requireID(), by: try req.requireSignedIn().author, today: req.today, field: field, on: req.db)
    }

    /// The file's lines as submissions keyed by the header; a header without the required columns,
    /// or with columns a tie does not have, is refused before any line is read.
    static func lines(_ file: Data, field: String) throws -> [TieImport.Line] {
        let table: CSVTable
        do { table = try CSVTable(data: file) } catch let p as CSVTable.Problem { throw FieldErrors(errors: .init(field: field, .verbatim(p.description))) }
        var errors = ValidationErrors()
        // Column names are read without regard to case, as spreadsheets and people write them.
        let byLowercase = Dictionary(uniqueKeysWithValues: columns.map { ($0.lowercased(), $0) })
        let header = table.header.map { name in byLowercase[name.trimmedSpace().lowercased()] ?? name }
        for name in header where !columns.contains(name) { errors.add(field, L("line 1: \"\(name)\" is not a column of a tie (\(columns.joined(separator: ", ")))")) }
        for name in columns.dropLast() where !header.contains(name) { errors.add(field, L("line 1: the column \(name) is missing")) }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return zip(table.rows, table.lines).map { row, line in
            var input: [String: RawInput] = [:]
            for (k, name) in header.enumerated() {
                let value = k < row.count ? row[k].trimmedSpace() : ""
                input[name] = value.isEmpty ? .null : .text(value)
            }
            return TieImport.Line(number: line, input: input)
        }
    }

    static func page(_ req: Request, _ cluster: ClusterModel, errors: ValidationErrors?) throws -> HTML {
        Layout.page(L("Import ties — \(cluster.name)"), req,
                    body: render(RecordAddress(.clusters, try cluster.requireID()), name: cluster.name, token: try req.requireSignedIn().csrfToken, errors: errors))
    }

    /// The import form under the cluster's navigation, with every problem of a refused file. Pure.
    static func render(_ at: RecordAddress, name: String, token: String, errors: ValidationErrors?) -> HTML {
        let problems = errors?.phrases(for: "ties") ?? []
        let notice: HTML = problems.isEmpty ? .empty : """
        <div class="notice error" role="alert"><p>\(L("Nothing was stored: the file has \(problems.count) problems."))</p>
        <ul class="problems">\(problems.map { "<li>\($0.said.capitalizedFirst)</li>" as HTML })</ul></div>
        """
        return """
        \(ClusterNav.header(owner: .verbatim(name), id: at.id, current: "linkages"))
        <h1>\(L("Import ties"))</h1>
        \(notice)
        <p>\(HTML.sentence(L("A CSV file with a header line and one tie per line: \(Phrase.verbatim(columns.joined(separator: ","))). Actors are named by their id (the actors' CSV export lists them); tie types are \(Phrase.names(TieType.allCases.map(\.rawValue))); statuses \(Phrase.names(TieStatus.allCases.map(\.rawValue))); dates \(L("YYYY-MM-DD")). The note may be left out."), wrap: [0: HTML.code, 3: HTML.code]))
        \(L("A file with any bad line is refused whole, and each bad line is listed."))</p>
        <form method="post" action="\(SitePath.cluster(.id(at.id), .importTies))" enctype="multipart/form-data" data-progress>
        \(Layout.csrfField(token: token))
        <div class="field"><label for="ti-ties">\(L("Ties (CSV, at most 32 MB)"))</label><input id="ti-ties" name="ties" type="file" accept=".csv,text/csv" required\(problems.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\""))></div>
        <div><button type="submit">\(L("Import"))</button> <a href="\(at.parts(.linkages))">\(L("Back to the map of linkages"))</a></div>
        </form>
        """
    }
}

/// `POST /api/v1/clusters/{id}/linkages/import`: the same file as a `text/csv` body.
struct TieImportAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, .cluster(.key, .importTies), body: .collect(maxSize: TieImportPages.maxUpload), use: run)
    }

    @Sendable func run(req: Request) async throws -> Response {
        let cluster = try await TieImportPages.editableCluster(req)
        guard req.headers.contentType?.type == "text", req.headers.contentType?.subType == "csv" else {
            throw Refused(.unsupportedMediaType, L("Send the ties as a text/csv body."))
        }
        let body = req.body.data.map { Data(buffer: $0) } ?? Data()
        let ties = try await TieImportPages.run(body, field: "body", cluster, req)
        return try await JSONResponse(body: .object([("imported", .int(ties.count))]), status: .created).encodeResponse(for: req)
    }
}

extension TieImportAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        var run = APIOperation.make("Add many ties to the cluster's map of linkages from CSV, all or nothing; 422 lists each bad line under `body`",
                                    path: ["id"], created: "TieImport")
        run.requestBody = .request(.init(content: APIOperation.content(.string(description: "A header line, then one tie per line: " + TieImportPages.columns.joined(separator: ",")), as: .csv), required: true))
        return [("/clusters/{id}/linkages/import", OpenAPI.PathItem(post: run))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("TieImport", .object(properties: ["imported": .integer(minimum: (0, exclusive: false))], additionalProperties: .a(false)))]
    }
}
