import Foundation

/// The stages of a cluster's value chain with the organisations working at each.
public struct ValueChain: Sendable {
    public struct Stage: Sendable {
        public let position: Int
        public let name: String
        public let actors: [UUID]
        public init(position: Int, name: String, actors: [UUID]) { self.position = position; self.name = name; self.actors = actors }
        /// Numbered, so that stages read upstream to downstream wherever they are listed.
        public var label: Phrase { L("\(position). \(name)") }
    }

    public let stages: [Stage]
    public init(_ stages: [Stage]) { self.stages = stages.sorted { $0.position < $1.position } }

    /// Each organisation's stage: the first stage along the chain that lists it.
    public var stageOfActors: [UUID: String] {
        var out: [UUID: String] = [:]
        for stage in stages { for id in stage.actors where out[id] == nil { out[id] = "\(stage.position). \(stage.name)" } }
        return out
    }
}
