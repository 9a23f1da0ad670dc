import ClusterworksDomain
import Testing

@Suite("JSON bodies state their types")
struct JSONTypesTests {
    let schema = RecordSchema(type: .project, fields: [
        FieldRule("title", L("Title"), .text(maxLength: 100), required: true), FieldRule("budget", L("Budget"), .decimal(0...1e9)),
        FieldRule("start", L("Start"), .date), FieldRule("open", L("Open"), .boolean), FieldRule("countries", L("Countries"), .countryCodes),
    ])

    @Test("a number as text, an empty date, a word for a boolean and a text for a list are mistyped; null and the right types are not")
    func mistyped() {
        let input: [String: RawInput] = ["title": .text("T"), "budget": .text("5"), "start": .text(""), "open": .text("yes"),
                                         "countries": .text("NI"), "unknown": .number(1)]
        #expect(schema.mistypedJSONKeys(input) == ["budget", "start", "open", "countries"])
        let right: [String: RawInput] = ["title": .text(""), "budget": .number(5), "start": .null, "open": .bool(true), "countries": .list([.text("NI")])]
        #expect(schema.mistypedJSONKeys(right).isEmpty)
    }
}
