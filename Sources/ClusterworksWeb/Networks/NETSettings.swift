import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// The programme's NET scale and target matrix, and a network's overrides laid over them.
enum NETSettings {
    static func scale(on db: any Database) async throws -> NETScale {
        let rows = try await ProgrammeSettingModel.query(on: db).filter(\.$key ~~ ["net.scale.min", "net.scale.max"]).all()
        let values = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, Int($0.value)) })
        guard let min = values["net.scale.min"] ?? nil, let max = values["net.scale.max"] ?? nil else { return .standard }
        return NETScale(min: min, max: max)
    }

    /// The programme's matrix: the standard one on the programme's scale, with the cells it changed.
    static func programmeTargets(on db: any Database) async throws -> NETTargets {
        let cells = try await NETTargetModel.query(on: db).filter(\.$networkId == nil).all()
        return NETTargets.standard(on: try await scale(on: db)).overridden(by: NETTargetModel.matrix(cells))
    }

    static func overrides(_ network: UUID, on db: any Database) async throws -> [NetworkPhase: [NETIndicator: Double]] {
        NETTargetModel.matrix(try await NETTargetModel.query(on: db).filter(\.$networkId == network).all())
    }

    static func targets(for network: UUID, on db: any Database) async throws -> NETTargets {
        try await programmeTargets(on: db).overridden(by: overrides(network, on: db))
    }

    /// Sets one cell (of the programme's matrix, or a network's override), replacing what was there.
    static func setTarget(_ network: UUID?, _ phase: NetworkPhase, _ indicator: NETIndicator, _ value: Double?, on db: any Database) async throws {
        try await db.transaction { tx in
            try await NETTargetModel.query(on: tx).filter(\.$networkId == network)
                .filter(\.$phase == phase.rawValue).filter(\.$indicator == indicator.rawValue).delete()
            if let value { try await NETTargetModel(networkId: network, phase: phase, indicator: indicator, target: value).create(on: tx) }
        }
    }
}
