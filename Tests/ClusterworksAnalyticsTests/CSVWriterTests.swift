import ClusterworksAnalytics
import Testing

@Suite("CSV as the app writes it")
struct CSVWriterTests {
    @Test("text a spreadsheet would run as a formula is written as text", arguments: ["=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"])
    func formulasShownAsText(_ text: String) {
        let field = CSVWriter.field(text)
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"))
    }

    @Test("numbers keep their sign; plain text is left alone")
    func numbersAndText() {
        #expect(CSVWriter.field("-12.5") == "-12.5")
        #expect(CSVWriter.field("+3") == "+3")
        #expect(CSVWriter.field("1e-3") == "1e-3")
        #expect(CSVWriter.field("Boaco dairy") == "Boaco dairy")
    }

    @Test("commas, quotes and line breaks are quoted as RFC 4180 says")
    func quoting() {
        #expect(CSVWriter.field("Pune, East") == "\"Pune, East\"")
        #expect(CSVWriter.field("the \"best\"") == "\"the \"\"best\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("=A1,B1") == "\"'=A1,B1\"")
    }
}
