import ClusterworksDomain
import Foundation
import Testing

@Suite("Trimming typed values")
struct TrimmedSpaceTests {
    @Test("white space at the ends goes as Foundation removes it, whatever the text; inside it stays")
    func sameAsFoundation() {
        let samples = ["plain", " lead", "trail ", "\tboth\t", "in side", "", " ", "\n", "a\n", "\u{00A0}nbsp\u{00A0}", "é", " é ", "x\u{3000}",
                       "\r\nline\r\n", "~", "!a!", "\u{7F}del", "😀 ", "a\u{2003}", "\u{85}next"]
        for s in samples {
            #expect(s.trimmedSpace() == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(s.trimmedSpace(newlines: true) == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            #expect(Substring(s).trimmedSpace() == s.trimmingCharacters(in: .whitespaces))
        }
    }
}
