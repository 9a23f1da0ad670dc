import ClusterworksDomain
@testable import ClusterworksWeb
import Testing
import Vapor

/// The app registers its routes with the same typed paths its pages link to.
enum RouteScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("every kind of address a page links to is a route the app answers", everyAddressIsRouted),
    ]

    /// Every shape of `SitePath`, with keys: pages' addresses, and those only the API has.
    static var pages: [SitePath] {
        let registries = Registries.all.map(\.folder)
        let parts = AppParts.descriptors.map { (Folder(rawValue: $0.ownerPath)!, Folder(rawValue: $0.path)!) }
        var paths: [SitePath] = [.home, .health, .signIn, .signOut, .language, .password, .tokens, .revokeToken(.key),
                                 .acceptIndicator(.key), .clusterMaps, .clusterMap(.key), .deleteClusterMap(.key),
                                 .list(.adminUsers), .new(.adminUsers), .record(.adminUsers, .key),
                                 .userAssignments(.adminUsers, .key), .deleteUserAssignment(.key, .key),
                                 .partStep(.clusters, .key, .diagnostics, .key, .validate), .partStep(.clusters, .key, .diagnostics, .key, .newVersion)]
        paths += SitePath.Asset.allCases.map { .asset($0) } + SitePath.ProgrammePage.allCases.map { .programme($0) }
        paths += SitePath.NETPage.allCases.map { .net($0) } + SitePath.Download.allCases.map { .download($0) }
        paths += SitePath.ClusterPage.allCases.filter { $0 != .summary }.map { .cluster(.key, $0) }
        paths += SitePath.ProjectPage.allCases.filter { $0 != .costSharing }.map { .project(.key, $0) }
        paths += [SitePath.NetworkPage.netBenchmark, .netTargets, .memberships, .membership(.key), .editMembership(.key), .deleteMembership(.key)].map { .network(.key, $0) }
        paths += registries.flatMap { f in [SitePath.list(f), .new(f), .record(f, .key), .edit(f, .key), .delete(f, .key)] }
        paths += parts.flatMap { o, p in [SitePath.parts(o, .key, p), .part(o, .key, p, .key)] }
        paths += FigureReview.Step.allCases.flatMap { s in [Folder.clusters, .networks].map { SitePath.partStep($0, .key, .results, .key, .review(s)) } }
        return paths
    }

    static let apiOnly: [SitePath] = [.me, .authTokens, .brokerPath(.key), .cluster(.key, .summary), .network(.key, .summary),
                                      .project(.key, .costSharing), .list(.users), .record(.users, .key), .userAssignments(.users, .key)]

    static func everyAddressIsRouted(_ app: Application) async throws {
        let registered = Set(app.routes.all.map { $0.path.map(\.description).joined(separator: "/") })
        for path in pages {
            #expect(registered.contains(path.components.map(\.description).joined(separator: "/")), "no route for \(path.href)")
        }
        for path in apiOnly {
            #expect(registered.contains((["api", "v1"] + path.components.map(\.description)).joined(separator: "/")), "no API route for \(path.href)")
        }
    }
}
