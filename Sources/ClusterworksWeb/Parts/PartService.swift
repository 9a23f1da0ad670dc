import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// A part's changes from a request: reads the ids in the path, who acts and today, and hands them
/// to the part's workflow (the owner's rights, the schema, the part's rules, the write with history).
struct PartService<P: SchemaRecord, C: OwnedRecord>: Sendable {
    let registry: PartRegistry<P, C>
    private var workflow: PartWorkflow<P, C> { PartWorkflow(kind: registry.kind) }

    func owner(_ req: Request) async throws -> P {
        try await RegistryService(registry: registry.owner).find(req, parameter: "id")
    }

    func find(_ req: Request, in owner: P) async throws -> C {
        guard let raw = req.parameters.get("partId"), let id = UUID(uuidString: raw) else {
            throw Refused(.notFound, L("No \(registry.singular) with that id in this \(registry.owner.singular)."))
        }
        return try await workflow.find(id, in: owner, for: try req.requireSignedIn().principal, on: req.db)
    }

    /// The owner's parts the signed-in user may read.
    func list(_ owner: P, _ req: Request) async throws -> [C] {
        try await workflow.list(owner, for: try req.requireSignedIn().principal, on: req.db)
    }

    func list(_ owner: P, on db: any Database) async throws -> [C] {
        try await workflow.list(owner, on: db)
    }

    func mayEdit(_ owner: P, _ req: Request) async throws -> Bool {
        try await workflow.mayEdit(owner, by: try req.requireSignedIn().principal, on: req.db)
    }

    func requireEdit(_ owner: P, _ req: Request) async throws {
        try await workflow.requireEdit(owner, by: try req.requireSignedIn().principal, on: req.db)
    }

    func requireNotFrozen(_ part: C, on db: any Database) async throws {
        try await workflow.requireNotFrozen(part, on: db)
    }

    func validate(_ input: [String: RawInput], existing: C?, partial: Bool, owner: P, _ req: Request) async throws -> RecordValues {
        try await workflow.validate(input, existing: existing, partial: partial, owner: owner, today: req.today, on: req.db)
    }

    func create(_ input: [String: RawInput], in owner: P, _ req: Request,
                configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> C {
        try await workflow.create(input, in: owner, by: try req.requireSignedIn().acting, today: req.today, on: req.db, configure: configure)
    }

    func update(_ part: C, _ input: [String: RawInput], partial: Bool, in owner: P, _ req: Request) async throws {
        try await workflow.update(part, input, partial: partial, in: owner, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    func delete(_ part: C, in owner: P, _ req: Request) async throws {
        try await workflow.delete(part, in: owner, by: try req.requireSignedIn().acting, on: req.db)
    }
}
