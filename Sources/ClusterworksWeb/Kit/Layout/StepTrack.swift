import ClusterworksDomain
/// A track of steps (a cluster's stages, a network's phases): the items of an ordered list marked
/// done, current or to do, the current one announced to screen readers.
enum StepTrack {
    static func items(_ labels: [Phrase], current: Int) -> [HTML] {
        labels.enumerated().map { i, label in
            "<li class=\"\(i < current ? "done" : (i == current ? "current" : "todo"))\"\(i == current ? HTML(raw: " aria-current=\"step\"") : .empty)>\(label)</li>"
        }
    }
}
