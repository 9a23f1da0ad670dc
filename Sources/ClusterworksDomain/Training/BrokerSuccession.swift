/// The succession the method aims for, read from the programme's courses: brokers trained and
/// certified per country and year, and where those trained work now — still with the project,
/// with a local institution, elsewhere, or not known.
public struct BrokerSuccession: Sendable, Equatable {
    public struct Trainee: Sendable {
        public let person: String
        public let country: String
        /// The year the trainee's cohort ended.
        public let year: Int
        public let certified: Bool
        /// The employer on the day asked about, if any is recorded.
        public let employerNow: EmployerKind?
        public init(person: String, country: String, year: Int, certified: Bool, employerNow: EmployerKind?) {
            self.person = person; self.country = country; self.year = year; self.certified = certified; self.employerNow = employerNow
        }
    }

    public struct Cohort: Sendable, Equatable {
        public let country: String, year: Int
        public let trained: Int, certified: Int
    }

    public enum Whereabouts: String, CaseIterable, Sendable {
        case project, institution, elsewhere, unknown
        public var label: Phrase {
            switch self {
            case .project: L("Still with the project")
            case .institution: L("With a local institution")
            case .elsewhere: L("Elsewhere")
            case .unknown: L("Not known")
            }
        }
    }

    public let byCountryAndYear: [Cohort]
    /// Where the people trained work now; each person counts once.
    public let now: [(Whereabouts, Int)]

    public static func == (a: Self, b: Self) -> Bool { a.byCountryAndYear == b.byCountryAndYear && a.now.map(\.1) == b.now.map(\.1) }

    public init(_ trainees: [Trainee]) {
        let groups = Dictionary(grouping: trainees) { "\($0.country)|\($0.year)" }
        byCountryAndYear = groups.values.map { g in
            Cohort(country: g[0].country, year: g[0].year, trained: Set(g.map(\.person)).count, certified: Set(g.filter(\.certified).map(\.person)).count)
        }.sorted { ($0.country, $0.year) < ($1.country, $1.year) }
        var whereNow: [String: Whereabouts] = [:]
        for t in trainees {
            let w: Whereabouts = switch t.employerNow { case .project?: .project; case .institution?: .institution; case .other?: .elsewhere; case nil: .unknown }
            // A person trained twice counts where they are, once.
            if whereNow[t.person] == nil || whereNow[t.person] == .unknown { whereNow[t.person] = w }
        }
        now = Whereabouts.allCases.map { w in (w, whereNow.values.filter { $0 == w }.count) }
    }
}
