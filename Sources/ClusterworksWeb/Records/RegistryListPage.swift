import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A registry's list page: its name, a search, the way to add one where the reader may, and the
/// table of the page's records. Pure: drawn from the table's sheet.
enum RegistryListPage {
    /// `newLabel` names the link to a new record; nil when the reader may not create one.
    static func render(_ sheet: RegistryTable.Sheet, newLabel: Phrase?) -> HTML {
        """
        <h1>\(sheet.plural)</h1>
        <form class="toolbar" method="get" action="\(SitePath.list(sheet.folder))" role="search">
        <div><label for="q">\(L("Search"))</label><input id="q" name="q" type="search" value="\(sheet.request.search ?? "")"></div>
        <div><button type="submit">\(L("Search"))</button></div>
        \(newLabel.map { "<div><a class=\"button secondary\" href=\"\(SitePath.new(sheet.folder))\">\($0)</a></div>" as HTML } ?? .empty)
        </form>
        \(RegistryTable.render(sheet))
        """
    }
}
