import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A network's members section, its form to admit one, and a membership's page. Pure.
enum MembershipView {
    static func section(_ list: MemberList) -> HTML {
        let id = Slot.id(list.networkId)
        let w = Wording.current
        let rows = list.members.map { m -> HTML in
            let edit: HTML = list.addForm == nil ? .empty : "<a href=\"\(SitePath.network(id, .editMembership(.id(m.membershipId))))\">\(L("Edit"))</a>"
            return """
            <tr><td><a href="\(SitePath.record(.actors, .id(m.actorId)))">\(m.actorName)</a></td>
            <td>\(m.role.label)</td><td>\(w.date(m.joinedOn))</td><td>\(m.leftOn.map(w.date) ?? "")</td>
            <td>\(m.leavingReason?.label)</td><td>\(edit)</td></tr>
            """
        }
        let ended = list.members.filter { $0.leftOn != nil }.count
        return """
        <section aria-labelledby="members-h"><h2 id="members-h">\(L("Members"))</h2>
        <p>\(L("\(list.current) current members; \(list.members.count) memberships recorded, \(ended) ended."))</p>
        <table><thead><tr><th scope="col">\(L("Actor"))</th><th scope="col">\(L("Role"))</th><th scope="col">\(L("Joined"))</th><th scope="col">\(L("Left"))</th><th scope="col">\(L("Reason for leaving"))</th><th scope="col"><span class="sr-only">\(L("Actions"))</span></th></tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"6\">\(L("No members yet."))</td></tr>" : HTML.join(rows))</tbody></table>
        \(list.addForm.map { addForm($0, network: list.networkId) } ?? .empty)
        </section>
        """
    }

    static func addForm(_ f: FilledForm, network: UUID) -> HTML {
        """
        <h3 id="add-member">\(L("Add a member"))</h3>
        \(f.notice)
        <form class="stack" method="post" action="\(SitePath.network(.id(network), .memberships))" aria-labelledby="add-member" novalidate>
        \(f.fields)<div><button type="submit">\(L("Add member"))</button></div></form>
        """
    }

    static func page(_ m: MembershipSheet) -> HTML {
        let nid = Slot.id(m.networkId), mid = Slot.id(m.membershipId)
        return """
        <p><a href="\(SitePath.record(.networks, nid))">\(m.networkName)</a></p>
        <h1>\(L("Membership of \(m.actorName)"))</h1>
        \(m.form.notice)
        <form class="stack" method="post" action="\(SitePath.network(nid, .membership(mid)))" novalidate>
        \(m.form.fields)<div><button type="submit">\(L("Save"))</button></div></form>
        <form class="actions" method="post" action="\(SitePath.network(nid, .deleteMembership(mid)))">\(Layout.csrfField(token: m.form.token))
        <button class="danger" type="submit">\(L("Delete this membership"))</button></form>
        \(HistoryView.render(m.history))
        """
    }
}
