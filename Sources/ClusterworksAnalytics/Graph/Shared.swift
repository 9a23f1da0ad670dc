import Foundation

/// Results gathered from worker threads: each worker hands in its part once, under a lock.
final class Shared<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func update(_ body: (inout Value) -> Void) { lock.lock(); body(&value); lock.unlock() }
    var result: Value { lock.lock(); defer { lock.unlock() }; return value }
}
