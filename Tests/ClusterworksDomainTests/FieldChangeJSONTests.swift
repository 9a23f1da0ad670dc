import ClusterworksDomain
import Foundation
import Testing

@Suite("The history's changes as JSON")
struct FieldChangeJSONTests {
    @Test("changes written by hand read back through JSONDecoder as they were, whatever their text")
    func roundTrip() throws {
        let odd = ["plain", "", "quote \" and \\ backslash", "line\nbreak\r\ttab", "\u{1}\u{1F}control", "é ɔ 😀 中文", "</script>", "\u{2028}"]
        var changes: [FieldChange] = []
        for (i, s) in odd.enumerated() {
            changes.append(FieldChange(field: "f\(i)", old: i % 2 == 0 ? nil : s, new: i % 3 == 0 ? nil : s))
            changes.append(FieldChange(field: s, old: s, new: s))
        }
        for list in [[], [changes[0]], changes] {
            let text = FieldChange.json(list)
            #expect(try JSONDecoder().decode([FieldChange].self, from: Data(text.utf8)) == list, "\(text)")
            let encoded = try JSONDecoder().decode([FieldChange].self, from: JSONEncoder().encode(list))
            #expect(encoded == list)
        }
    }
}
