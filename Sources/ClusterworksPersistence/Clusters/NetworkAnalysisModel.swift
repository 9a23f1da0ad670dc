import FluentKit
import Foundation

/// A cluster's map of linkages read as a network, computed once in the background and kept until
/// what it reads changes: one row per cluster and grouping, with what the page, the CSV and the API
/// show, or the step it has reached.
public final class NetworkAnalysisModel: Model, @unchecked Sendable {
    public static let schema = "network_analyses"

    public enum Status: String, Sendable { case queued, running, ready, failed }

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "grouping") public var grouping: String
    /// The state of what the analysis reads (ties, events, value chain, actors) when it was asked for.
    @Field(key: "fingerprint") public var fingerprint: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "step") public var step: String?
    @OptionalField(key: "claim") public var claim: UUID?
    @Field(key: "requested_at") public var requestedAt: Date
    @OptionalField(key: "started_at") public var startedAt: Date?
    @OptionalField(key: "finished_at") public var finishedAt: Date?
    /// The page in English.
    @OptionalField(key: "page_html") public var pageHTML: String?
    /// The page in the interface's other languages: a JSON object by language code.
    @OptionalField(key: "translated_pages") public var translatedPages: String?
    @OptionalField(key: "csv") public var csv: String?
    @OptionalField(key: "api_json") public var apiJSON: String?
    @OptionalField(key: "failure") public var failure: String?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $grouping, $fingerprint, $status, $step, $claim, $requestedAt, $startedAt, $finishedAt, $pageHTML, $translatedPages, $csv, $apiJSON, $failure] }

    public init(clusterId: UUID, grouping: String, fingerprint: String, now: Date) {
        self.clusterId = clusterId
        self.grouping = grouping
        self.fingerprint = fingerprint
        self.status = Status.queued.rawValue
        self.requestedAt = now
    }

    public var state: Status { Status(rawValue: status) ?? .failed }
}
