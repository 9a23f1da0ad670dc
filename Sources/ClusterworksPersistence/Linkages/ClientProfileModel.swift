import ClusterworksDomain
import FluentKit
import Foundation

public final class ClientProfileModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
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

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $clientId, $qualityWeight, $deliveryWeight, $costWeight, $capacityWeight, $managementWeight, $technologyWeight, $financeWeight, $hseWeight, $products, $volumes, $certifications, $localShareBefore, $localShareNow, $minQuality, $minDelivery, $minCost, $minCapacity, $minManagement, $minTechnology, $minFinance, $minHse, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ClientProfileSchema.schema }
    public var title: Phrase { L("Client profile") }
    public static let defaultSort: FieldKey = "created_at"
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

    public static let columns = RecordColumns<ClientProfileModel>(criterionColumns.flatMap { c, weight, minimum in
        [.decimal(c.weightKey, weight), .int(c.minimumKey, minimum)]
    } + [
        .order("createdAt", \.$createdAt),
        .reference("clientId", \.$clientId).filtered().unique(),
        .lines("products", \.$products).searched(),
        .text("volumes", \.$volumes).searched(),
        .lines("certifications", \.$certifications),
        .decimal("localShareBefore", \.$localShareBefore),
        .decimal("localShareNow", \.$localShareNow),
    ])
}
