import Foundation

/// One record's addresses: its page and its parts' pages, for views that link to many of them.
struct RecordAddress: Sendable, Hashable {
    let folder: Folder
    let id: UUID

    init(_ folder: Folder, _ id: UUID) {
        self.folder = folder
        self.id = id
    }

    var page: SitePath { .record(folder, .id(id)) }
    func parts(_ kind: Folder) -> SitePath { .parts(folder, .id(id), kind) }
    func part(_ kind: Folder, _ partId: UUID) -> SitePath { .part(folder, .id(id), kind, .id(partId)) }
}
