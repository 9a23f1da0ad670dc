import Foundation

/// Ranks the suppliers that could serve a client's stated need, with the reasons for each place, so
/// a broker can propose candidates for the round table.
public enum SupplierMatching {
    public struct Need: Sendable {
        public let products: [String]
        public let certifications: [String]
        public let minimumScores: [SupplierCriterion: Int]
        public init(products: [String], certifications: [String], minimumScores: [SupplierCriterion: Int]) {
            self.products = products; self.certifications = certifications; self.minimumScores = minimumScores
        }
    }

    public struct Candidate: Sendable {
        public let id: UUID
        public let name: String
        public let products: [String]
        public let certifications: [String]
        /// The latest evaluation's scores, if the supplier was evaluated.
        public let scores: [SupplierCriterion: Int]?
        public init(id: UUID, name: String, products: [String], certifications: [String], scores: [SupplierCriterion: Int]?) {
            self.id = id; self.name = name; self.products = products; self.certifications = certifications; self.scores = scores
        }
    }

    public struct Match: Sendable, Equatable {
        public let id: UUID
        public let name: String
        public let productsMatched: [String]
        public let certificationsMissing: [String]
        public let belowMinimum: [SupplierCriterion]
        public let weightedScore: Double?
        public let reasons: [Phrase]
        /// Meets the products, the certifications and every minimum score.
        public var qualifies: Bool { !productsMatched.isEmpty && certificationsMissing.isEmpty && belowMinimum.isEmpty }
    }

    /// Suppliers offering none of the products are left out. The rest are ranked: those meeting
    /// every requirement first; then fewer missing certifications, fewer minimums failed, more
    /// products matched, a higher weighted score (evaluated before unevaluated), and name.
    public static func rank(_ candidates: [Candidate], for need: Need, weights: CriterionWeights) -> [Match] {
        let wanted = Set(need.products.map(normal))
        let matches = candidates.compactMap { c -> Match? in
            let matched = c.products.filter { wanted.contains(normal($0)) }
            guard !matched.isEmpty else { return nil }
            let held = Set(c.certifications.map(normal))
            let missing = need.certifications.filter { !held.contains(normal($0)) }
            let below = SupplierCriterion.allCases.filter { crit in
                guard let min = need.minimumScores[crit] else { return false }
                return (c.scores?[crit] ?? 0) < min
            }
            let weighted = c.scores.map { SupplierScorecard(scores: $0, weights: weights).weightedScore }
            var reasons = [L("offers \(matched.joined(separator: ", "))")]
            reasons.append(missing.isEmpty ? (need.certifications.isEmpty ? L("no certification asked") : L("holds every certification asked"))
                                           : L("lacks \(missing.joined(separator: ", "))"))
            if c.scores == nil { reasons.append(L("not yet evaluated")) }
            else if below.isEmpty { reasons.append(need.minimumScores.isEmpty ? L("no minimum scores asked") : L("meets every minimum score")) }
            else { reasons.append(L("below the minimum on \(Phrase.list(below.map(\.label), separator: ", "))")) }
            if let weighted { reasons.append(L("weighted score \((weighted * 100).rounded() / 100) of 5")) }
            return Match(id: c.id, name: c.name, productsMatched: matched, certificationsMissing: missing, belowMinimum: below,
                         weightedScore: weighted, reasons: reasons)
        }
        return matches.sorted { a, b in
            if a.qualifies != b.qualifies { return a.qualifies }
            if a.certificationsMissing.count != b.certificationsMissing.count { return a.certificationsMissing.count < b.certificationsMissing.count }
            if a.belowMinimum.count != b.belowMinimum.count { return a.belowMinimum.count < b.belowMinimum.count }
            if a.productsMatched.count != b.productsMatched.count { return a.productsMatched.count > b.productsMatched.count }
            if (a.weightedScore ?? -1) != (b.weightedScore ?? -1) { return (a.weightedScore ?? -1) > (b.weightedScore ?? -1) }
            return a.name < b.name
        }
    }

    static func normal(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }
}
