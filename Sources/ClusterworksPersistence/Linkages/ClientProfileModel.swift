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
    public var weights: CriterionWeights { CriterionWeights(ClientProfileSchema.weights(values)) }
    public var need: SupplierMatching.Need {
        SupplierMatching.Need(products: products.split(separator: "\n").map(String.init),
                              certifications: certifications.split(separator: "\n").map(String.init), minimumScores: ClientProfileSchema.minimums(values))
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("clientId", clientId)
        v.put("qualityWeight", qualityWeight)
        v.put("deliveryWeight", deliveryWeight)
        v.put("costWeight", costWeight)
        v.put("capacityWeight", capacityWeight)
        v.put("managementWeight", managementWeight)
        v.put("technologyWeight", technologyWeight)
        v.put("financeWeight", financeWeight)
        v.put("hseWeight", hseWeight)
        v.put("products", lines: products); v.put("volumes", volumes); v.put("certifications", lines: certifications)
        v.put("localShareBefore", localShareBefore); v.put("localShareNow", localShareNow)
        v.put("minQuality", minQuality)
        v.put("minDelivery", minDelivery)
        v.put("minCost", minCost)
        v.put("minCapacity", minCapacity)
        v.put("minManagement", minManagement)
        v.put("minTechnology", minTechnology)
        v.put("minFinance", minFinance)
        v.put("minHse", minHse)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let c = v.uuid("clientId") { clientId = c }
        qualityWeight = v.double("qualityWeight") ?? 0
        deliveryWeight = v.double("deliveryWeight") ?? 0
        costWeight = v.double("costWeight") ?? 0
        capacityWeight = v.double("capacityWeight") ?? 0
        managementWeight = v.double("managementWeight") ?? 0
        technologyWeight = v.double("technologyWeight") ?? 0
        financeWeight = v.double("financeWeight") ?? 0
        hseWeight = v.double("hseWeight") ?? 0
        products = v.lines("products"); volumes = v.text("volumes"); certifications = v.lines("certifications")
        localShareBefore = v.double("localShareBefore"); localShareNow = v.double("localShareNow")
        minQuality = v.int("minQuality")
        minDelivery = v.int("minDelivery")
        minCost = v.int("minCost")
        minCapacity = v.int("minCapacity")
        minManagement = v.int("minManagement")
        minTechnology = v.int("minTechnology")
        minFinance = v.int("minFinance")
        minHse = v.int("minHse")
    }
}
