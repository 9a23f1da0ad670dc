import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Recording a decision on a network's phase: the conditions of the phase it enters, or a
/// programme manager's override with its justification; the decision and the network's new phase
/// (or its dissolution, which ends the open memberships) are written together.
struct PhaseDecisionService: Sendable {
    let parts = PartService(registry: NetworkParts.decisions)

    func record(_ input: [String: RawInput], in network: NetworkModel, _ req: Request) async throws -> PhaseDecisionModel {
        try await parts.requireEdit(network, req)
        let s = try req.requireSignedIn()
        let values = try await RecordValidation.values(PhaseDecisionSchema.schema, input, on: req.db)
        let networkId = try network.requireID()
        let decidedOn = values["decidedOn"]!.date!
        var errors = ValidationErrors()
        if let formed = network.formedOn.flatMap(CalendarDate.init), decidedOn < formed { errors.add("decidedOn", "is before the network was formed (\(formed))") }
        let last = try await PhaseDecisionModel.owned(by: .network, networkId, on: req.db).all().compactMap { CalendarDate($0.decidedOn) }.max()
        if let last, decidedOn < last { errors.add("decidedOn", "is before the previous decision (\(last))") }
        let move = try await Self.move(network, to: values.text("toPhase"), on: req.db)
        if network.dissolvedOn != nil { errors.add(move.to == nil ? "dissolution" : "toPhase", "the network was dissolved on \(network.dissolvedOn ?? "?")") }
        if let target = move.to, errors.isEmpty {
            if let invalid = move.invalid { errors.add("toPhase", invalid) }
            else if target == move.from { errors.add("toPhase", "is the phase the network is already in") }
            let override = values.bool("override") == true
            if move.invalid == nil && !move.missing.isEmpty && !override {
                errors.add("toPhase", "cannot move to \(move.label ?? target) yet: " + move.missing.joined(separator: "; "))
            }
            let chain = try await Registries.networks.chain(of: network, on: req.db)
            if override && !EditPolicy.canOverride(s.principal, chain: chain) {
                errors.add("override", "only a programme manager of this network may override the conditions")
            }
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return try await write(values, from: move.from, to: move.to, network: network, author: s.author, on: req.db)
    }

    /// A move between the phases of the network's kind: horizontal networks go through the five
    /// phases of network development, vertical ones through supplier development.
    struct Move { let from: String; let to: String?; let label: String?; let missing: [String]; let invalid: String? }

    static func move(_ network: NetworkModel, to raw: String?, on db: any Database) async throws -> Move {
        if network.networkKind == .vertical {
            let current = VerticalPhase(rawValue: network.phase) ?? .supplierEvaluation
            guard let raw else { return Move(from: current.rawValue, to: nil, label: nil, missing: [], invalid: nil) }
            guard let target = VerticalPhase(rawValue: raw) else {
                return Move(from: current.rawValue, to: raw, label: nil, missing: [], invalid: "must be a phase of a vertical network: " + VerticalPhase.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return Move(from: current.rawValue, to: raw, label: target.label, missing: VerticalPhaseRules.missing(to: target, from: current, try await VerticalStatus.facts(network, on: db)), invalid: nil)
        }
        let current = NetworkPhase(rawValue: network.phase) ?? .promotion
        guard let raw else { return Move(from: current.rawValue, to: nil, label: nil, missing: [], invalid: nil) }
        guard let target = NetworkPhase(rawValue: raw) else {
            return Move(from: current.rawValue, to: raw, label: nil, missing: [], invalid: "must be a phase of a horizontal network: " + NetworkPhase.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return Move(from: current.rawValue, to: raw, label: target.label,
                    missing: NetworkPhaseRules.missing(to: target, from: current, try await NetworkStatus.load(network, on: db).facts), invalid: nil)
    }

    private func write(_ values: RecordValues, from current: String, to target: String?, network: NetworkModel,
                       author: Author, on db: any Database) async throws -> PhaseDecisionModel {
        let networkId = try network.requireID()
        return try await db.transaction { tx in
            let decision = try await RecordWriter.create(PhaseDecisionModel.self, values: values, by: author, on: tx) {
                $0.networkId = networkId; $0.fromPhase = current
            }
            if let target {
                var v = network.values
                v["phase"] = .text(target)
                try await RecordWriter.update(network, values: v, by: author, on: tx)
            } else {
                network.dissolvedOn = values.dateText("decidedOn"); network.dissolutionReason = values.text("dissolution")
                try await network.update(on: tx)
                for m in try await MembershipModel.query(on: tx).filter(\.$network.$id == networkId).filter(\.$leftOn == nil).all() {
                    var v = m.values
                    v["leftOn"] = values["decidedOn"]; v["leavingReason"] = .text(LeavingReason.networkDissolved.rawValue)
                    try await RecordWriter.update(m, values: v, by: author, on: tx)
                }
            }
            return decision
        }
    }
}
