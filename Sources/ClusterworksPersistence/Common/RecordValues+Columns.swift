import ClusterworksDomain
import Foundation

/// Typed reads and writes of the domain's `RecordValues`, for workflows and rules that take a
/// field or two (models move all their fields through their column tables).
extension Dictionary where Key == String, Value == FieldValue {
    public mutating func put(_ key: String, _ v: String?) { self[key] = v.map(FieldValue.text) }
    public mutating func put(_ key: String, _ v: Int?) { self[key] = v.map(FieldValue.integer) }
    public mutating func put(_ key: String, _ v: Double?) { self[key] = v.map(FieldValue.decimal) }
    public mutating func put(_ key: String, _ v: Bool) { self[key] = .boolean(v) }
    public mutating func put(_ key: String, _ v: UUID?) { self[key] = v.map(FieldValue.reference) }

    public func text(_ key: String) -> String? { self[key]?.text }
    public func int(_ key: String) -> Int? { self[key]?.integer }
    public func double(_ key: String) -> Double? { self[key]?.decimal }
    public func bool(_ key: String) -> Bool? { self[key]?.boolean }
    public func uuid(_ key: String) -> UUID? { self[key]?.reference }
    public func dateText(_ key: String) -> String? { self[key]?.date?.description }
    /// A choice as its type; nil when absent (a value the schema did not accept never gets here).
    public func choice<T: RawRepresentable>(_ key: String, _: T.Type = T.self) -> T? where T.RawValue == String {
        text(key).flatMap(T.init(rawValue:))
    }
}
