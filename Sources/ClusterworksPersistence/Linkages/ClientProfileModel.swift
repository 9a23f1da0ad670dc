import ClusterworksDomain
import FluentKit
import Foundation

public final class ClientProfileModel: NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "client_profiles"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "client_id") public var clientId: UUID
    @Field(key: "quality_weight") public var qualityWeight: Double
    @Field(key: "delivery_weight") public var deliveryWeight: Double
    @Field(key: "cost_weight") public var costWeight: Double
    @Field(key: "capacity_weight") public var capacityWeight: Double
    @Field(key: "management_weight") public var managementWeight: Double
    @Field(key: "technology_weight") public var technologyWeight: Double
    @Field(key: "finance_weight") public var financeWeight: Double
    @Field(key: "hse_weight") public var hseWeight: Double
    @Field(key: "products") public var products: String
    @OptionalField(key: "volumes") public var volumes: String?
    @Field(key: "certifications") public var certifications: String
    @OptionalField(key: "local_share_before") public var localShareBefore: Double?
    @OptionalField(key: "local_share_now") public var localShareNow: Double?
    @OptionalField(key: "min_quality") public var minQuality: Int?
    @OptionalField(key: "min_delivery") public var minDelivery: Int?
    @OptionalField(key: "min_cost") public var minCost: Int?
    @OptionalField(key: "min_capacity") public var minCapacity: Int?
    @OptionalField(key: "min_management") public var minManagement: Int?
    @OptionalField(key: "min_technology") public var minTechnology: Int?
    @OptionalField(key: "min_finance") public var minFinance: Int?
    @OptionalField(key: "min_hse") public var minHse: Int?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ClientProfileSchema.schema }
    public var title: String { "Client profile" }
    public static let searchColumns: [FieldKey] = ["products", "volumes"]
    public static let sortColumns: [String: FieldKey] = ["createdAt": "created_at"]
    public static let defaultSort: FieldKey = "created_at"
    public static let filterColumns: [String: FieldKey] = ["clientId": "client_id"]
    public static let uniqueColumns: [String: FieldKey] = ["clientId": "client_id"]
    public var weights: CriterionWeights { CriterionWeights(ClientProfileSchema.weights(values)) }
    public var need: SupplierMatching.Need {
        SupplierMatching.Need(products: products.split(separator: "\n").map(String.init),
                              certifications: certifications.split(separator: "\n").map(String.init), minimumScores: ClientProfileSchema.minimums(values))
    }

    /// Each criterion's weight and minimum score columns, so `values` and `apply` walk one list. The
    /// paths lead to the fields themselves: writing through the wrapped value would read it first.
    static let criterionColumns: [(SupplierCriterion, weight: KeyPath<ClientProfileModel, FieldProperty<ClientProfileModel, Double>>,
                                   minimum: KeyPath<ClientProfileModel, OptionalFieldProperty<ClientProfileModel, Int>>)] = [
        (.quality, \.$qualityWeight, \.$minQuality), (.delivery, \.$deliveryWeight, \.$minDelivery), (.cost, \.$costWeight, \.$minCost),
        (.capacity, \.$capacityWeight, \.$minCapacity), (.management, \.$managementWeight, \.$minManagement),
        (.technology, \.$technologyWeight, \.$minTechnology), (.finance, \.$financeWeight, \.$minFinance), (.hse, \.$hseWeight, \.$minHse),
    ]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("clientId", clientId)
        v.put("products", lines: products); v.put("volumes", volumes); v.put("certifications", lines: certifications)
        v.put("localShareBefore", localShareBefore); v.put("localShareNow", localShareNow)
        for (c, weight, minimum) in Self.criterionColumns { v.put(c.weightKey, self[keyPath: weight].wrappedValue); v.put(c.minimumKey, self[keyPath: minimum].wrappedValue) }
        return v
    }

    public func apply(_ v: RecordValues) {
        if let c = v.uuid("clientId") { clientId = c }
        products = v.lines("products"); volumes = v.text("volumes"); certifications = v.lines("certifications")
        localShareBefore = v.double("localShareBefore"); localShareNow = v.double("localShareNow")
        for (c, weight, minimum) in Self.criterionColumns { self[keyPath: weight].value = v.double(c.weightKey) ?? 0; self[keyPath: minimum].value = .some(v.int(c.minimumKey)) }
    }
}
