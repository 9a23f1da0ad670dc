import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// The programme's NET scale and target matrix, and a network's overrides laid over them.
package enum NETSettings {
    package static func scale(on db: any Database) async throws -> NETScale {
        let rows = try await ProgrammeSettingModel.query(on: db).filter(\.$key ~~ ["net.scale.min", "net.scale.max"]).all()
        let values = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, Int($0.value)) })
        guard let min = values["net.scale.min"] ?? nil, let max = values["net.scale.max"] ?? nil else { return .standard }
        // Only a scale the rules accept is used; anything else stored (by hand, by an older version) is not.
        let scale = NETScale(min: min, max: max)
        return scale.problem == nil ? scale : .standard
    }

    /// The programme's matrix: the standard one on the programme's scale, with the cells it changed.
    package static func programmeTargets(on db: any Database) async throws -> NETTargets {
        let cells = try await NETTargetModel.query(on: db).filter(\.$networkId == nil).all()
        return NETTargets.standard(on: try await scale(on: db)).overridden(by: NETTargetModel.matrix(cells))
    }

    package static func overrides(_ network: UUID, on db: any Database) async throws -> [NetworkPhase: [NETIndicator: Double]] {
        NETTargetModel.matrix(try await NETTargetModel.query(on: db).filter(\.$networkId == network).all())
    }

    package static func targets(for network: UUID, on db: any Database) async throws -> NETTargets {
        try await programmeTargets(on: db).overridden(by: overrides(network, on: db))
    }

    /// Sets the programme's scale; both ends are needed and the scale must make sense.
    package static func setScale(min: Int?, max: Int?, on db: any Database) async throws {
        guard let min, let max else { throw FieldErrors(errors: .init(field: "scale", L("needs a whole lowest and highest score"))) }
        let scale = NETScale(min: min, max: max)
        if let problem = scale.problem { throw FieldErrors(errors: .init(field: "scale", problem)) }
        try await db.transaction { tx in
            for (key, value) in [("net.scale.min", min), ("net.scale.max", max)] {
                try await ProgrammeSettingModel.query(on: tx).filter(\.$key == key).delete()
                try await ProgrammeSettingModel(key: key, value: String(value)).create(on: tx)
            }
        }
    }

    /// Sets one cell (of the programme's matrix, or a network's override), replacing what was there.
    package static func setTarget(_ network: UUID?, _ phase: NetworkPhase, _ indicator: NETIndicator, _ value: Double?, on db: any Database) async throws {
        try await db.transaction { tx in
            try await NETTargetModel.query(on: tx).filter(\.$networkId == network)
                .filter(\.$phase == phase.rawValue).filter(\.$indicator == indicator.rawValue).delete()
            if let value { try await NETTargetModel(networkId: network, phase: phase, indicator: indicator, target: value).create(on: tx) }
        }
    }
}
