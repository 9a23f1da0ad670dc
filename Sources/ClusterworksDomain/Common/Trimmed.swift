import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space (`newlines`: and line breaks) at either end. Nearly every value
    /// typed or imported starts and ends with a visible ASCII character and is returned as it is:
    /// Foundation's general path copies through `NSString` every time (a tenth of a bulk import).
    public func trimmedSpace(newlines: Bool = false) -> String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return String(self) }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}
