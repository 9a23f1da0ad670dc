#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// Splits a `multipart/form-data` body into its parts as the bytes arrive, without holding the body:
/// each part's bytes are handed on as they are found. Boundaries are found with `memchr`, so a large
/// file costs a scan of its bytes, not a step per byte.
struct MultipartStream {
    enum Event {
        case part(name: String, filename: String?)
        case bytes(UnsafeRawBufferPointer)
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    private enum State { case body, afterDelimiter, headers, epilogue }

    /// CR LF -- boundary; the body is read as if it began with CR LF, so the first boundary is found alike.
    private let delimiter: [UInt8]
    private var pending: [UInt8] = [13, 10]
    private var state = State.body
    private var inPart = false
    static let maximumHeaderBytes = 8 * 1024

    /// The boundary from a `Content-Type` header; nil if the type is not multipart/form-data or the
    /// boundary is missing or longer than RFC 2046 allows.
    static func boundary(contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return (1...70).contains(value.utf8.count) && value.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) ? value : nil
        }
        return nil
    }

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// Reads the next chunk; bytes inside a part go to `handle` as `.bytes`, valid only during the call.
    mutating func feed(_ chunk: ByteBuffer, _ handle: (Event) throws -> Void) throws {
        chunk.withUnsafeReadableBytes { pending.append(contentsOf: $0) }
        var consumed = 0
        defer { pending.removeFirst(consumed) }
        while true {
            let rest = pending.count - consumed
            switch state {
            case .epilogue:
                consumed = pending.count
                return
            case .body:
                if let at = find(delimiter, from: consumed) {
                    if inPart { try emit(consumed, at, handle) }
                    consumed = at + delimiter.count
                    state = .afterDelimiter
                } else {
                    // Everything but a tail that could begin the delimiter is surely part of the body.
                    let safe = pending.count - (delimiter.count - 1)
                    if inPart, safe > consumed { try emit(consumed, safe, handle); consumed = safe }
                    else if !inPart, safe > consumed { consumed = safe }
                    return
                }
            case .afterDelimiter:
                guard rest >= 2 else { return }
                let (a, b) = (pending[consumed], pending[consumed + 1])
                consumed += 2
                if a == UInt8(ascii: "-") && b == UInt8(ascii: "-") { state = .epilogue; inPart = false }
                else if a == 13 && b == 10 { state = .headers }
                else { throw Malformed(description: "a part boundary is followed by something other than a line break") }
            case .headers:
                guard let end = find([13, 10, 13, 10], from: consumed - 2) else {
                    if rest > Self.maximumHeaderBytes { throw Malformed(description: "a part's headers are longer than 8 KB") }
                    return
                }
                // The header block starts right after the CR LF that ended the boundary line.
                let text = String(decoding: pending[consumed..<max(consumed, end)], as: UTF8.self)
                consumed = end + 4
                let (name, filename) = try Self.disposition(text)
                try handle(.part(name: name, filename: filename))
                inPart = true
                state = .body
            }
        }
    }

    /// The body must have ended with the closing boundary.
    func finish() throws {
        guard state == .epilogue else { throw Malformed(description: "the body ended before its closing boundary") }
    }

    private func emit(_ from: Int, _ to: Int, _ handle: (Event) throws -> Void) throws {
        try pending.withUnsafeBytes { try handle(.bytes(UnsafeRawBufferPointer(rebasing: $0[from..<to]))) }
    }

    /// The needle's last byte is looked for with `memchr` (a boundary ends in random characters, rare
    /// in data), then the whole needle compared.
    private func find(_ needle: [UInt8], from: Int) -> Int? {
        let start = max(0, from), last = needle.count - 1
        return pending.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { n -> Int? in
                let base = hay.baseAddress!
                var i = start + last
                while i < hay.count, let hit = memchr(base + i, Int32(needle[last]), hay.count - i) {
                    let end = UnsafeRawPointer(hit) - base
                    if memcmp(base + end - last, n.baseAddress!, needle.count) == 0 { return end - last }
                    i = end + 1
                }
                return nil
            }
        }
    }

    /// `Content-Disposition: form-data; name="…"; filename="…"` among a part's headers.
    static func disposition(_ headers: String) throws -> (String, String?) {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?, filename: String?
            for parameter in pair[1].split(separator: ";").dropFirst() {
                let kv = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2 else { continue }
                let value = kv[1].hasPrefix("\"") && kv[1].hasSuffix("\"") && kv[1].count >= 2 ? String(kv[1].dropFirst().dropLast()) : kv[1]
                switch kv[0].lowercased() {
                case "name": name = value
                case "filename": filename = value
                default: break
                }
            }
            guard let name, !name.isEmpty else { break }
            return (name, filename)
        }
        throw Malformed(description: "a part has no Content-Disposition with a name")
    }
}
