@testable import ClusterworksWeb
import Foundation
import NIOCore
import Testing

@Suite("Strings written straight into a response's bytes")
struct JSONBytesTests {
    @Test("each string reads back through JSONDecoder as it was, whatever its text")
    func roundTrip() throws {
        let odd = ["plain", "", "quote \" and \\ backslash", "line\nbreak\r\ttab\u{8}\u{C}", "\u{0}\u{1}\u{1F}control", "é ɔ 😀 中文", "</script>", "\u{2028}",
                   "a\"", "\"a", String(repeating: "long plain run ", count: 200) + "\n"]
        for s in odd {
            var out = ByteBuffer()
            JSONBytes.writeString(s, into: &out)
            #expect(try JSONDecoder().decode(String.self, from: Data(out.readableBytesView)) == s)
        }
    }
}
