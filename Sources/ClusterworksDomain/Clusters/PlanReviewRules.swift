import Foundation

/// Progress reported for one action at a review.
public struct ActionProgress: Sendable, Equatable, Codable {
    public let actionId: UUID
    public let status: ActionStatus
    public let percentComplete: Int?
    public let note: String?
    public init(actionId: UUID, status: ActionStatus, percentComplete: Int?, note: String?) {
        self.actionId = actionId; self.status = status; self.percentComplete = percentComplete; self.note = note
    }
}

extension ActionStatus: Codable {}

/// The rules of the plan–do–check–act cycle. Each review closes the version of the plan it looked
/// at and opens the next one: version n is the plan as the n-th review found it.
public enum PlanReviewRules {
    /// The key under which a problem with one action's progress is reported.
    public static func progressKey(_ actionId: UUID) -> String { "progress.\(actionId.uuidString.lowercased())" }

    public static func check(reviewedOn: CalendarDate, adoptedOn: CalendarDate?, lastReview: CalendarDate?,
                             today: CalendarDate, progress: [ActionProgress], actions: Set<UUID>) -> ValidationErrors {
        var errors = ValidationErrors()
        if reviewedOn > today { errors.add("reviewedOn", L("cannot be in the future")) }
        if let adoptedOn, reviewedOn < adoptedOn { errors.add("reviewedOn", L("must not be before the plan was adopted (\(adoptedOn))")) }
        if let lastReview, reviewedOn <= lastReview { errors.add("reviewedOn", L("must be after the previous review (\(lastReview))")) }
        var seen = Set<UUID>()
        for p in progress {
            let key = progressKey(p.actionId)
            if !actions.contains(p.actionId) { errors.add(key, L("is not an action of this plan")) }
            if !seen.insert(p.actionId).inserted { errors.add(key, L("is reported twice")) }
            if let pct = p.percentComplete, !(0...100).contains(pct) { errors.add(key, L("progress must be between 0 and 100 %")) }
            if p.status == .done, let pct = p.percentComplete, pct < 100 { errors.add(key, L("an action that is done must be at 100 %")) }
            if let note = p.note, note.count > 2000 { errors.add(key, L("the note must be at most 2000 characters")) }
        }
        return errors
    }

    /// The version a review closes: the plan starts at version 1 and every review moves it on by one.
    public static func versionReviewed(previousReviews: Int) -> Int { previousReviews + 1 }

    /// Actions after the review: each reported action takes the status and progress reported.
    public static func apply(_ progress: [ActionProgress], to actions: [PlanSnapshot.Action]) -> [PlanSnapshot.Action] {
        let byId = Dictionary(progress.map { ($0.actionId, $0) }, uniquingKeysWith: { a, _ in a })
        return actions.map { a in
            guard let p = byId[a.id] else { return a }
            return PlanSnapshot.Action(id: a.id, title: a.title, type: a.type, status: p.status,
                                       percentComplete: p.percentComplete ?? (p.status == .done ? 100 : a.percentComplete))
        }
    }
}

/// The plan as it stood at a review: kept with the review so every version can be read again.
public struct PlanSnapshot: Sendable, Equatable, Codable {
    public struct Action: Sendable, Equatable, Codable {
        public let id: UUID
        public let title: String
        public let type: String
        public let status: ActionStatus
        public let percentComplete: Int?
        public init(id: UUID, title: String, type: String, status: ActionStatus, percentComplete: Int?) {
            self.id = id; self.title = title; self.type = type; self.status = status; self.percentComplete = percentComplete
        }
    }

    public let version: Int
    public let vision: String
    public let objectives: [String]
    public let actions: [Action]
    public init(version: Int, vision: String, objectives: [String], actions: [Action]) {
        self.version = version; self.vision = vision; self.objectives = objectives; self.actions = actions
    }
}
