import Foundation

/// Work over `0..<count` cut into contiguous slices, one per worker, results in slice order.
enum ParallelSlices {
    static func map<T: Sendable>(count: Int, slices: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let n = max(1, slices)
        let parts = Shared([T?](repeating: nil, count: n))
        DispatchQueue.concurrentPerform(iterations: n) { k in
            let part = body((count * k / n)..<(count * (k + 1) / n))
            parts.update { $0[k] = part }
        }
        return parts.result.map { $0! }
    }
}
