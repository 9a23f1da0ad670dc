import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// A diagnostic's validation and next version from a request, handed to `DiagnosticVersions`.
struct DiagnosticService: Sendable {
    func validate(_ d: DiagnosticModel, _ input: [String: RawInput], in cluster: ClusterModel, _ req: Request) async throws {
        try await DiagnosticVersions.validate(d, input, in: cluster, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    func newVersion(of d: DiagnosticModel, in cluster: ClusterModel, _ req: Request) async throws -> DiagnosticModel {
        try await DiagnosticVersions.newVersion(of: d, in: cluster, by: try req.requireSignedIn().acting, on: req.db)
    }
}
