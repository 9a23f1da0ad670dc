import NIOCore
import ClusterworksDomain

/// Writes a `JSONOut` straight into a byte buffer: one pass, no `Encoder` containers or key boxes
/// per field, which is where a page of records spent most of its time.
enum JSONBytes {
    static func buffer(_ value: JSONOut, allocator: ByteBufferAllocator = ByteBufferAllocator()) -> ByteBuffer {
        var out = allocator.buffer(capacity: 4096)
        write(value, into: &out)
        return out
    }

    static func write(_ value: JSONOut, into out: inout ByteBuffer) {
        switch value {
        case .null: out.writeStaticString("null")
        case .bool(let b): out.writeStaticString(b ? "true" : "false")
        case .int(let i): out.writeString(String(i))
        case .double(let d): writeNumber(d, into: &out)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.writeInteger(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.writeInteger(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.writeInteger(UInt8(ascii: "]"))
        case .object(let pairs):
            out.writeInteger(UInt8(ascii: "{"))
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out.writeInteger(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.writeInteger(UInt8(ascii: ":"))
                write(item, into: &out)
            }
            out.writeInteger(UInt8(ascii: "}"))
        }
    }

    /// Whole numbers as integers (as `JSONEncoder` writes them), others in Swift's shortest
    /// round-trip form; JSON has no infinity or NaN, so those are `null`.
    static func writeNumber(_ d: Double, into out: inout ByteBuffer) {
        guard d.isFinite else { out.writeStaticString("null"); return }
        if d == d.rounded(), abs(d) < 1e15 { out.writeString(String(Int(d))); return }
        out.writeString(d.description)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func writeString(_ s: String, into out: inout ByteBuffer) {
        var s = s
        // Runs of plain bytes are copied whole from the string's own storage, not byte by byte.
        s.withUTF8 { utf8 in
            out.writeInteger(UInt8(ascii: "\""))
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if let escaped = JSONString.escape(byte) {
                    out.writeBytes(UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                    out.writeString(escaped)
                    plainStart = index + 1
                }
            }
            out.writeBytes(UnsafeBufferPointer(rebasing: utf8[plainStart...]))
            out.writeInteger(UInt8(ascii: "\""))
        }
    }
}
