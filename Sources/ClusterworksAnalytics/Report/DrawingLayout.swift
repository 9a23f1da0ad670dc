import Foundation

/// Where to draw each actor and its name in a frame: every connected part laid out by force on its
/// own and the parts set side by side, largest first (so a part is never squeezed into a corner
/// by another); actors without any tie in a row along the bottom; each name beside its circle,
/// inside the frame and clear of the other names — or left out (the page's table still lists it).
public struct DrawingLayout: Sendable {
    public struct Label: Sendable, Equatable {
        public let x: Double, y: Double
        /// Whether the text runs left of `x` (anchored at its end) or right of it.
        public let leftward: Bool
        public let text: String
    }

    public let width: Double, height: Double
    public let positions: [(x: Double, y: Double)]
    public let labels: [Label?]
    /// Where the row of actors without ties starts, if there are any.
    public let isolatedRowY: Double?

    /// A label's box, as the layout reckons it: `fontSize` × 0.6 per character is a little wider
    /// than the sans-serif faces pages use, so boxes that do not overlap here do not on screen.
    public static func box(_ l: Label, fontSize: Double) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        let w = Double(l.text.count) * fontSize * 0.6
        let x0 = l.leftward ? l.x - w : l.x
        return (x0, l.y - fontSize * 0.8, x0 + w, l.y + fontSize * 0.25)
    }

    public init(_ g: Graph, names: [String], radii: [Double], width: Double, fontSize: Double) {
        let n = g.nodeCount
        self.width = width
        let components = Components(g)
        let isolated = (0..<n).filter { g.degree($0) == 0 }
        var parts = Dictionary(grouping: (0..<n).filter { g.degree($0) > 0 }, by: { components.label[$0] }).values.map { $0.sorted() }
        parts.sort { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
        // Cells: up to three parts a row, the largest first; height follows from the width.
        let columns = max(1, min(parts.count, 3)), rows = (parts.count + columns - 1) / columns
        let cellWidth = width / Double(columns), cellHeight = parts.count == 1 ? width * 0.62 : min(cellWidth * 0.9, width * 0.62)
        let rowHeight = fontSize * 3.2
        let isolatedRows = isolated.isEmpty ? 0 : Int((Double(isolated.count) * 150 / width).rounded(.up))
        let top = Double(rows) * cellHeight
        height = top + Double(isolatedRows) * rowHeight + (isolated.isEmpty ? 0 : fontSize * 2)
        isolatedRowY = isolated.isEmpty ? nil : top + fontSize * 1.5

        var pos = [(x: Double, y: Double)](repeating: (0, 0), count: n)
        for (k, part) in parts.enumerated() {
            let cellX = Double(k % columns) * cellWidth, cellY = Double(k / columns) * cellHeight
            let local = Dictionary(uniqueKeysWithValues: part.enumerated().map { ($1, $0) })
            var edges: [Graph.Edge] = []
            for v in part { for t in g.neighbours(v) where Int(t) > v { if let a = local[v], let b = local[Int(t)] { edges.append(.init(a, b)) } } }
            let placed = part.count == 1 ? [(x: 0.5, y: 0.5)] : ForceLayout.compute(Graph(nodeCount: part.count, edges: edges))
            // Room for names on the right: the drawing uses the left three quarters of its cell.
            for (i, v) in part.enumerated() {
                pos[v] = (cellX + fontSize + placed[i].x * (cellWidth * 0.72 - fontSize), cellY + fontSize + placed[i].y * (cellHeight - 2.5 * fontSize))
            }
        }
        let perRow = max(1, Int(width / 150))
        for (i, v) in isolated.enumerated() {
            pos[v] = (fontSize + Double(i % perRow) * 150, top + fontSize * 2.5 + Double(i / perRow) * rowHeight)
        }
        positions = pos
        labels = Self.place(names: names, positions: pos, radii: radii, width: width, height: height, fontSize: fontSize)
    }

    /// Greedy, busiest actors first (larger circles): right of the circle, else left, else none.
    /// `obstacles`: other circles names must keep clear of (drawn but not named).
    public static func place(names: [String], positions: [(x: Double, y: Double)], radii: [Double], width: Double, height: Double, fontSize: Double,
                             obstacles: [(x: Double, y: Double, r: Double)] = []) -> [Label?] {
        var out = [Label?](repeating: nil, count: names.count)
        var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = positions.indices.map {
            (positions[$0].x - radii[$0], positions[$0].y - radii[$0], positions[$0].x + radii[$0], positions[$0].y + radii[$0])
        } + obstacles.map { ($0.x - $0.r, $0.y - $0.r, $0.x + $0.r, $0.y + $0.r) }
        func overlaps(_ b: (x0: Double, y0: Double, x1: Double, y1: Double), except own: Int) -> Bool {
            taken.enumerated().contains { i, t in i != own && b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1 }
        }
        for i in names.indices.sorted(by: { (radii[$0], names[$1]) > (radii[$1], names[$0]) }) {
            let p = positions[i], gap = radii[i] + 3
            for leftward in [false, true] {
                let label = Label(x: leftward ? p.x - gap : p.x + gap, y: p.y + fontSize * 0.35, leftward: leftward, text: names[i])
                let b = box(label, fontSize: fontSize)
                guard b.x0 >= 0, b.x1 <= width, b.y0 >= 0, b.y1 <= height, !overlaps(b, except: i) else { continue }
                out[i] = label
                taken.append(b)
                break
            }
        }
        return out
    }
}
