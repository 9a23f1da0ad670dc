import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// A plan review from a form or JSON: the progress reported per action read apart from the
/// review's fields, then handed to `PlanReviews`.
struct PlanReviewService: Sendable {
    /// Progress from a form: `progress.<actionId>.status`, `.percent`, `.note` (read as objects under
    /// `progress`); the other keys are the review's fields.
    static func splitForm(_ input: [String: RawInput]) -> (fields: [String: RawInput], progress: [UUID: [String: RawInput]]) {
        var fields = input, progress: [UUID: [String: RawInput]] = [:]
        if case .object(let byAction)? = fields.removeValue(forKey: "progress") {
            for (key, value) in byAction {
                if let id = UUID(uuidString: key), case .object(let item) = value { progress[id] = item }
            }
        }
        return (fields, progress)
    }

    /// Progress from JSON: `"progress": [{"actionId", "status", "percent", "note"}]`.
    static func splitJSON(_ input: [String: RawInput]) throws -> (fields: [String: RawInput], progress: [UUID: [String: RawInput]]) {
        var fields = input
        var progress: [UUID: [String: RawInput]] = [:]
        if let raw = fields.removeValue(forKey: "progress") {
            guard case .list(let items) = raw else { throw FieldErrors(errors: .init(field: "progress", L("must be a list of {actionId, status, percent, note}"))) }
            for item in items {
                guard case .object(let o) = item, case .text(let s)? = o["actionId"], let id = UUID(uuidString: s) else {
                    throw FieldErrors(errors: .init(field: "progress", L("each item needs an actionId naming an action of the plan")))
                }
                progress[id] = o
            }
        }
        return (fields, progress)
    }

    func record(_ input: [String: RawInput], progress: [UUID: [String: RawInput]], in cluster: ClusterModel,
                _ req: Request) async throws -> PlanReviewModel {
        try await PlanReviews.record(input, progress: progress, in: cluster, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }
}
