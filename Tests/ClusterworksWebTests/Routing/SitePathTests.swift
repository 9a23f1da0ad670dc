import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing
import Vapor

/// One typed path serves a route's pattern and the links to it.
@Suite("Addresses of the site, written once")
struct SitePathTests {
    let cluster = UUID(uuidString: "0B5E0000-0000-4000-8000-00000000000A")!
    let event = UUID(uuidString: "0B5E0000-0000-4000-8000-00000000000B")!

    @Test("given a cluster's event, its link is the route's pattern with the ids in place of the parameters")
    func linkMatchesPattern() {
        let pattern = SitePath.part(.clusters, .key, .events, .key)
        let link = SitePath.part(.clusters, .id(cluster), .events, .id(event))
        #expect(pattern.components.map(\.description) == ["clusters", ":id", "events", ":partId"])
        #expect(link.href == "/clusters/0b5e0000-0000-4000-8000-00000000000a/events/0b5e0000-0000-4000-8000-00000000000b")
        #expect(pattern.href == "/clusters/:id/events/:partId")
    }

    @Test("given users, memberships and tokens, each names its parameter as its handler reads it")
    func parameterNames() {
        #expect(SitePath.record(.adminUsers, .key).href == "/admin/users/:userId")
        #expect(SitePath.userAssignment(.users, .key, .key).href == "/users/:userId/assignments/:assignmentId")
        #expect(SitePath.network(.key, .editMembership(.key)).href == "/networks/:id/memberships/:membershipId/edit")
        #expect(SitePath.revokeToken(.key).href == "/account/tokens/:tokenId/revoke")
        #expect(SitePath.partStep(.networks, .key, .results, .key, .review(.return)).href == "/networks/:id/results/:partId/return")
    }

    @Test("given a query with separators in its values, they are encoded so the query keeps its shape")
    func queries() {
        #expect(SitePath.new(.networks).href([("clusterId", "a"), ("country", "NI")]) == "/networks/new?clusterId=a&country=NI")
        #expect(SitePath.signIn.href([("next", "/projects?q=a&b")]) == "/sign-in?next=/projects%3Fq%3Da%26b")
        #expect(SitePath.list(.clusters).href([]) == "/clusters")
    }
}
