@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Testing

@Suite("Query strings as routes read them")
struct QueryStringTests {
    @Test("every occurrence of a key is kept, so a repeated parameter is noticed")
    func repeatedKeys() {
        #expect(QueryString.values(of: "page", in: "page=1&q=a&page=2") == ["1", "2"])
        #expect(QueryString.values(of: "page", in: "q=a").isEmpty)
        #expect(QueryString.values(of: "page", in: nil).isEmpty)
    }

    @Test("+ is a space, %xx an escape, and a broken escape is no value at all")
    func decoding() {
        #expect(QueryString.values(of: "q", in: "q=Boaco+dairy%2C+Nicaragua") == ["Boaco dairy, Nicaragua"])
        #expect(QueryString.values(of: "q", in: "q=%zz") == [nil])
        #expect(QueryString.values(of: "q", in: "q") == [""])
    }
}
