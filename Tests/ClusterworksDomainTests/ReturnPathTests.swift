import ClusterworksDomain
import Testing

@Suite("Where sign-in goes on to")
struct ReturnPathTests {
    @Test("a path of this site is kept, with its query")
    func localPathKept() {
        #expect(ReturnPath.safe("/clusters/1?tab=plan") == "/clusters/1?tab=plan")
        #expect(ReturnPath.safe("/") == "/")
    }

    @Test("another site, by scheme, by // or by a backslash a browser reads as a slash, goes home",
          arguments: ["https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "evil.example"])
    func otherSitesGoHome(_ next: String) {
        #expect(ReturnPath.safe(next) == "/")
    }

    @Test("control characters and spaces go home: no header smuggled, no tab a browser would drop",
          arguments: ["/x\r\nSet-Cookie: a=b", "/x\nLocation: //evil", "/\t/evil.example", " /projects", "/pro jects", "/x\u{0}", "/\u{7f}"])
    func controlCharactersGoHome(_ next: String) {
        #expect(ReturnPath.safe(next) == "/")
    }

    @Test("nothing, or more than 500 bytes, goes home")
    func missingOrLong() {
        #expect(ReturnPath.safe(nil) == "/")
        #expect(ReturnPath.safe("/" + String(repeating: "a", count: 500)) == "/")
    }
}
