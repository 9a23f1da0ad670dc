import ClusterworksDomain
import FluentKit
import Foundation

/// One cell of the NET target matrix: the programme's (no network) or a network's override.
public final class NETTargetModel: Model, @unchecked Sendable {
    public static let schema = "net_targets"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "network_id") public var networkId: UUID?
    @Field(key: "phase") public var phase: String
    @Field(key: "indicator") public var indicator: String
    @Field(key: "target") public var target: Double

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $phase, $indicator, $target] }
    public init(networkId: UUID?, phase: NetworkPhase, indicator: NETIndicator, target: Double) {
        self.networkId = networkId; self.phase = phase.rawValue; self.indicator = indicator.rawValue; self.target = target
    }

    /// The cells as a matrix, skipping any whose phase or indicator is unknown.
    public static func matrix(_ cells: [NETTargetModel]) -> [NetworkPhase: [NETIndicator: Double]] {
        var m: [NetworkPhase: [NETIndicator: Double]] = [:]
        for c in cells {
            guard let p = NetworkPhase(rawValue: c.phase), let i = NETIndicator(rawValue: c.indicator) else { continue }
            m[p, default: [:]][i] = c.target
        }
        return m
    }
}

/// Programme-wide settings kept as key and value (the NET scale).
public final class ProgrammeSettingModel: Model, @unchecked Sendable {
    public static let schema = "programme_settings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key") public var key: String
    @Field(key: "value") public var value: String

    public init() {}
    public init(key: String, value: String) { self.key = key; self.value = value }
}
