import Foundation

/// One record's parts' addresses, for views that link to many of them.
struct RecordAddress: Sendable, Hashable {
    let folder: Folder
    let id: UUID

    init(_ folder: Folder, _ id: UUID) {
        self.folder = folder
        self.id = id
    }

    func parts(_ kind: Folder) -> SitePath { .parts(folder, .id(id), kind) }
    func part(_ kind: Folder, _ partId: UUID) -> SitePath { .part(folder, .id(id), kind, .id(partId)) }
}
