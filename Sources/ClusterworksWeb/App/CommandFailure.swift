import Foundation
import ClusterworksWorkflows
import Vapor

/// What a command says when it stops: one sentence a person can act on — the file that could not be
/// read, the usage, the field that was not valid — without error types or domains.
public struct CommandFailure: Error, CustomStringConvertible {
    public let description: String

    public static func describe(_ error: any Error) -> String {
        switch error {
        case let e as CommandFailure: e.description
        case let e as FieldErrors: "not valid: " + e.errors.summary
        case let e as any AbortError: e.reason
        case let e as CocoaError: e.localizedDescription
        default: String(describing: error)
        }
    }

    /// The file's bytes, or a failure naming the file and why it cannot be read.
    static func read(_ path: String, mapped: Bool = false) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure(description: "no such file: \(path)") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: mapped ? .alwaysMapped : [])
        } catch {
            throw CommandFailure(description: "cannot read \(path)")
        }
    }
}
