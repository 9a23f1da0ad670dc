import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// An edition's page below its fields: who came from where, and what became of the ideas they took home.
enum LearningPage {
    static func participants(_ edition: LearningEditionModel, _ req: Request) async throws -> HTML {
        let id = try edition.requireID()
        let people = try await LearningParticipantModel.query(on: req.db).filter(\.$editionId == id).sort(\.$name).all()
        let ideas = people.isEmpty ? [] : try await ActionIdeaModel.query(on: req.db).filter(\.$participantId ~~ people.compactMap(\.id)).all()
        let countries = Set(people.map(\.countryCode)).sorted()
        let byStatus = ActionIdeaStatus.allCases.map { s in (s, ideas.filter { $0.status == s.rawValue }.count) }
        let rows = ideas.sorted { $0.status < $1.status }.map { idea -> HTML in
            let who = people.first { $0.id == idea.participantId }
            return "<tr><th scope=\"row\"><a href=\"\(SitePath.record(.actionIdeas, .id(idea.id!)))\">\(idea.idea)</a></th><td>\(who?.name ?? "")</td><td>\(who?.countryCode ?? "")</td><td>\(ActionIdeaStatus(rawValue: idea.status)?.label ?? .verbatim(idea.status))</td><td>\(idea.followedUpOn ?? "—")</td><td>\(idea.note ?? "")</td></tr>"
        }
        return """
        \(try await ChildRecords.section(L("Participants (\(people.count), from \(countries.count) countries: \(countries.joined(separator: ", ")))"),
                                         of: ProgrammeRegistries.learningParticipants, where: \.$editionId, is: id, parentKey: "editionId",
                                         columns: ["name", "country", "organisationId", "function"], req))
        <section><h2>\(L("What the learning changed"))</h2>
        <p>\(L("\(ideas.count) action ideas taken home: \(byStatus.map { "\($0.1) \($0.0.label.said.lowercased())" }.joined(separator: ", "))."))</p>
        \(rows.isEmpty ? .empty : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Action ideas and their follow-up"))"><table><caption class="sr-only">\(L("Action ideas and their follow-up"))</caption>
        <thead><tr><th scope="col">\(L("Idea"))</th><th scope="col">\(L("Participant"))</th><th scope="col">\(L("Country"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Followed up on"))</th><th scope="col">\(L("Note"))</th></tr></thead>
        <tbody>\(HTML.join(rows))</tbody></table></div>
        """)</section>
        """
    }
}
