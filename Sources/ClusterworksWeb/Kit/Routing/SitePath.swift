import ClusterworksDomain
import Foundation

/// Every address of the site's pages, written once. Routes register with a path whose slots are
/// `.key`; pages link with the same path and ids, so a link and its route cannot drift apart.
enum SitePath: Sendable, Hashable {
    case home, health, asset(Asset), signIn, signOut, language, password, tokens, revokeToken(Slot)
    // A registry's records: `/clusters`, `/clusters/new`, `/clusters/{id}`, its edit form and delete.
    case list(Folder), new(Folder), record(Folder, Slot), edit(Folder, Slot), delete(Folder, Slot)
    // Parts of a record: `/clusters/{id}/events`, `/clusters/{id}/events/{partId}`, its delete.
    case parts(Folder, Slot, Folder), part(Folder, Slot, Folder, Slot), deletePart(Folder, Slot, Folder, Slot)
    /// A step a part takes: a diagnostic validated, a figure submitted.
    case partStep(Folder, Slot, Folder, Slot, PartStep)
    case cluster(Slot, ClusterPage)
    case network(Slot, NetworkPage)
    case project(Slot, ProjectPage)
    case acceptIndicator(Slot)
    case programme(ProgrammePage)
    case net(NETPage)
    case clusterMaps, clusterMap(Slot), deleteClusterMap(Slot)
    case download(Download)
    // A user's assignments: `/admin/users/{userId}/assignments` on pages, `/users/{userId}/assignments` in the API.
    case userAssignments(Folder, Slot), userAssignment(Folder, Slot, Slot), deleteUserAssignment(Slot, Slot)
    // Only in the API.
    case me, authTokens, brokerPath(Slot)

    enum PartStep: Sendable, Hashable {
        case validate, newVersion, review(FigureReview.Step)
        var word: String {
            switch self {
            case .validate: "validate"
            case .newVersion: "new-version"
            case .review(let step): step.rawValue
            }
        }
    }

    enum ClusterPage: String, Sendable, Hashable, CaseIterable {
        case summary, stage, reviews, networkAnalysis = "network-analysis", networkAnalysisCSV = "network-analysis.csv"
        case importTies = "linkages/import"
    }

    enum NetworkPage: Sendable, Hashable {
        case summary, netBenchmark, netTargets, memberships, membership(Slot), editMembership(Slot), deleteMembership(Slot)
    }

    enum ProjectPage: String, Sendable, Hashable, CaseIterable {
        case iati = "iati.xml", report, reportWorkbook = "report.xlsx", reportCSV = "report.csv", impact
        case costSharing = "cost-sharing", reportingCalendar = "reporting-periods/calendar"
    }

    enum ProgrammePage: String, Sendable, Hashable, CaseIterable {
        case clusters, results, brokers, linkages, iati = "iati.xml", reportingOrganisation = "reporting-organisation"
    }

    enum NETPage: String, Sendable, Hashable, CaseIterable {
        case targets, scale, benchmark, matrix = "matrix.csv"
    }

    /// Text the app carries in its code: its stylesheet and the upload form's progress bar.
    enum Asset: String, Sendable, Hashable, CaseIterable {
        case stylesheet = "app.css", uploadProgress = "upload.js"
    }

    enum Download: String, Sendable, Hashable, CaseIterable {
        case brokers = "brokers.csv", cooperationActivities = "cooperation-activities.csv"
    }

    /// One piece of a path: a fixed word, or a record's slot with the parameter name it registers.
    enum Segment: Equatable {
        case word(String)
        case slot(String, Slot)
    }

    var segments: [Segment] {
        func words(_ s: String) -> [Segment] { s.split(separator: "/").map { .word(String($0)) } }
        func owner(_ f: Folder, _ id: Slot) -> [Segment] { words(f.rawValue) + [.slot(f.parameter, id)] }
        switch self {
        case .home: return []
        case .health: return [.word("healthz")]
        case .asset(let a): return [.word("static"), .word(a.rawValue)]
        case .signIn: return [.word("sign-in")]
        case .signOut: return [.word("sign-out")]
        case .language: return [.word("language")]
        case .password: return [.word("account"), .word("password")]
        case .tokens: return [.word("account"), .word("tokens")]
        case .revokeToken(let t): return [.word("account"), .word("tokens"), .slot("tokenId", t), .word("revoke")]
        case .list(let f): return words(f.rawValue)
        case .new(let f): return words(f.rawValue) + [.word("new")]
        case .record(let f, let id): return owner(f, id)
        case .edit(let f, let id): return owner(f, id) + [.word("edit")]
        case .delete(let f, let id): return owner(f, id) + [.word("delete")]
        case .parts(let f, let id, let p): return owner(f, id) + words(p.rawValue)
        case .part(let f, let id, let p, let pid): return owner(f, id) + words(p.rawValue) + [.slot("partId", pid)]
        case .deletePart(let f, let id, let p, let pid): return owner(f, id) + words(p.rawValue) + [.slot("partId", pid), .word("delete")]
        case .partStep(let f, let id, let p, let pid, let step): return owner(f, id) + words(p.rawValue) + [.slot("partId", pid), .word(step.word)]
        case .cluster(let id, let page): return owner(.clusters, id) + words(page.rawValue)
        case .network(let id, let page): return owner(.networks, id) + page.segments
        case .project(let id, let page): return owner(.projects, id) + words(page.rawValue)
        case .acceptIndicator(let id): return owner(.indicators, id) + [.word("accept")]
        case .programme(let page): return [.word("programme")] + words(page.rawValue)
        case .net(let page): return [.word("net"), .word(page.rawValue)]
        case .clusterMaps: return [.word("cluster-maps")]
        case .clusterMap(let id): return [.word("cluster-maps"), .slot("id", id)]
        case .deleteClusterMap(let id): return [.word("cluster-maps"), .slot("id", id), .word("delete")]
        case .download(let d): return [.word(d.rawValue)]
        case .userAssignments(let f, let u): return owner(f, u) + [.word("assignments")]
        case .userAssignment(let f, let u, let a): return owner(f, u) + [.word("assignments"), .slot("assignmentId", a)]
        case .me: return [.word("users"), .word("me")]
        case .authTokens: return [.word("auth"), .word("tokens")]
        case .brokerPath(let id): return owner(.brokers, id) + [.word("path")]
        case .deleteUserAssignment(let u, let a): return owner(.adminUsers, u) + [.word("assignments"), .slot("assignmentId", a), .word("delete")]
        }
    }

    /// The address a link or a form writes: `/clusters/0b5e…/events`. A `.key` slot writes its name,
    /// which only a route pattern should ever show.
    var href: String {
        "/" + segments.map { segment -> String in
            switch segment {
            case .word(let w): w
            case .slot(let name, let slot): slot.text ?? ":\(name)"
            }
        }.joined(separator: "/")
    }

    /// The address with a query: `/clusters/new?projectId=…`.
    func href(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return href }
        return href + "?" + query.map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }.joined(separator: "&")
    }

    private static func encoded(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: queryValue) ?? s
    }

    /// What a query value may keep as it is: the query's own separators are encoded.
    private static let queryValue = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
}

extension SitePath.NetworkPage {
    var segments: [SitePath.Segment] {
        switch self {
        case .summary: [.word("summary")]
        case .netBenchmark: [.word("net"), .word("benchmark")]
        case .netTargets: [.word("net"), .word("targets")]
        case .memberships: [.word("memberships")]
        case .membership(let m): [.word("memberships"), .slot("membershipId", m)]
        case .editMembership(let m): [.word("memberships"), .slot("membershipId", m), .word("edit")]
        case .deleteMembership(let m): [.word("memberships"), .slot("membershipId", m), .word("delete")]
        }
    }
}

extension Folder {
    /// The name a record of this folder has in a route (`/admin/users/:userId`).
    var parameter: String { self == .adminUsers || self == .users ? "userId" : "id" }
}
