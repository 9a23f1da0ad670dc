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
        return render(LearningSheet(
            participants: try await ChildRecords.load(L("Participants (\(people.count), from \(countries.count) countries: \(countries.joined(separator: ", ")))"),
                                                      of: ProgrammeRegistries.learningParticipants, where: \.$editionId, is: id, parentKey: "editionId",
                                                      columns: ["name", "country", "organisationId", "function"], req),
            ideas: ideas.sorted { $0.status < $1.status }.map { idea in
                let who = people.first { $0.id == idea.participantId }
                return .init(id: idea.id!, idea: idea.idea, participant: who?.name ?? "", country: who?.countryCode ?? "",
                             status: ActionIdeaStatus(rawValue: idea.status), rawStatus: idea.status, followedUpOn: idea.followedUpOn, note: idea.note)
            }))
    }

    /// Pure.
    static func render(_ s: LearningSheet) -> HTML {
        let w = Wording.current
        let byStatus = ActionIdeaStatus.allCases.map { st in (st, s.ideas.filter { $0.status == st }.count) }
        let rows = s.ideas.map { i -> HTML in
            "<tr><th scope=\"row\"><a href=\"\(SitePath.record(.actionIdeas, .id(i.id)))\">\(i.idea)</a></th><td>\(i.participant)</td><td>\(i.country)</td><td>\(i.status?.label ?? .verbatim(i.rawStatus))</td><td>\(i.followedUpOn.map(w.date) ?? "—")</td><td>\(i.note ?? "")</td></tr>"
        }
        return """
        \(ChildRecords.render(s.participants))
        <section><h2>\(L("What the learning changed"))</h2>
        <p>\(L("\(s.ideas.count) action ideas taken home: \(byStatus.map { "\($0.1) \($0.0.label.said.lowercased())" }.joined(separator: ", "))."))</p>
        \(rows.isEmpty ? .empty : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Action ideas and their follow-up"))"><table><caption class="sr-only">\(L("Action ideas and their follow-up"))</caption>
        <thead><tr><th scope="col">\(L("Idea"))</th><th scope="col">\(L("Participant"))</th><th scope="col">\(L("Country"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Followed up on"))</th><th scope="col">\(L("Note"))</th></tr></thead>
        <tbody>\(HTML.join(rows))</tbody></table></div>
        """)</section>
        """
    }
}

/// An edition's participants as listed, and the action ideas they took home with their follow-up.
struct LearningSheet: Sendable {
    struct Idea: Sendable {
        let id: UUID
        let idea: String
        let participant: String
        let country: String
        let status: ActionIdeaStatus?
        let rawStatus: String
        let followedUpOn: String?
        let note: String?
    }

    let participants: ChildList
    let ideas: [Idea]
}
