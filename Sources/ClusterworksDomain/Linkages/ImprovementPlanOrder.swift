import Foundation

/// Warnings (not refusals) when a plan's actions do not follow the methodology's order: an
/// investment before the low-cost actions are done, or an action started before the kinds that
/// should come first. A broker may have reasons, so the plan says so and lets them decide.
public enum ImprovementPlanOrder {
    public struct Action: Sendable {
        public let id: UUID
        public let title: String
        public let category: ImprovementCategory
        public let start: CalendarDate?
        public let end: CalendarDate?
        public init(id: UUID, title: String, category: ImprovementCategory, start: CalendarDate?, end: CalendarDate?) {
            self.id = id; self.title = title; self.category = category; self.start = start; self.end = end
        }
    }

    public static func warnings(_ actions: [Action]) -> [Phrase] {
        var out: [Phrase] = []
        let lowCost = actions.filter { $0.category.isLowCost }
        for inv in actions where inv.category == .investment {
            if lowCost.isEmpty {
                out.append(L("“\(inv.title)” is an investment in a plan without training, process, inventory or quality actions: the low-cost actions come first."))
            } else if let start = inv.start, let lastEnd = lowCost.compactMap(\.end).max(), start < lastEnd {
                out.append(L("“\(inv.title)” (an investment) starts on \(start), before the low-cost actions are done (\(lastEnd))."))
            }
        }
        for a in actions where a.category.isLowCost {
            guard let start = a.start else { continue }
            let earlier = actions.filter { $0.category.order < a.category.order && $0.category.isLowCost }
            if let first = earlier.compactMap(\.start).min(), start < first {
                out.append(L("“\(a.title)” starts on \(start), before the actions it should follow (\(earlier.first!.category), from \(first))."))
            }
        }
        return out
    }
}
