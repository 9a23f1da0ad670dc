import Foundation
@testable import ClusterworksAnalytics
import Testing

@Suite("Cluster mapping")
struct ClusterMappingTests {
    // Regions A, B, C; industries 0 and 1 in traded clusters 0 and 1, industry 2 in local cluster 2.
    func row(_ year: Int, _ region: Int, _ industry: Int, _ employment: Double, _ establishments: Double) -> ClusterMapping.Row {
        .init(year: year, region: region, industry: industry, employment: employment, establishments: establishments, payroll: employment * 10)
    }

    var rows: [ClusterMapping.Row] {
        [row(2000, 0, 0, 100, 10), row(2000, 0, 1, 50, 5), row(2000, 0, 2, 50, 5),
         row(2000, 1, 0, 20, 2), row(2000, 1, 1, 100, 8), row(2000, 1, 2, 80, 6),
         row(2000, 2, 0, 10, 1), row(2000, 2, 1, 10, 1), row(2000, 2, 2, 180, 9),
         row(2001, 0, 0, 120, 11)]
    }

    var mapping: ClusterMapping { ClusterMapping(rows: rows, regions: 3, industries: 3, clusterOf: [0, 1, 2], traded: [true, true, false]) }

    @Test("an industry's location quotient is its regional share over its national share")
    func industryLQ() {
        let m = mapping
        #expect(abs(m.industryLQ[0] - (100.0 / 200) / (130.0 / 600)) < 1e-12)
        #expect(abs(m.industryLQ[9] - 1) < 1e-12)   // alone in its year
    }

    @Test("a cluster's location quotient compares shares within clusters of the same type")
    func clusterLQ() {
        let r = mapping.results[0]
        #expect(abs(r.clusterLQ[0][0]! - (100.0 / 150) / (130.0 / 290)) < 1e-12)
        #expect(abs(r.clusterLQ[2][2]! - (180.0 / 180) / (310.0 / 310)) < 1e-12)
        #expect(r.cells[0][0].wage == 10)
    }

    @Test("a strong cluster has LQ at or above the 75th percentile and 1, employment and establishments above the 25th")
    func strong() {
        let r = mapping.results[0]
        #expect(r.strong[0] == [0])
        #expect(r.strong[2].isEmpty)
        #expect(abs(Quantile.linear([0.3718, 1.1154, 1.4872], 0.75) - 1.3013) < 1e-12)
    }

    @Test("top three traded clusters and growth between the two years")
    func topAndGrowth() {
        let m = mapping
        #expect(m.results[0].topThree[0] == [0, 1])
        #expect(m.results[0].topThree[1] == [1, 0])
        let g = m.growth!
        #expect(g[0][0].change == 20 && g[0][0].rate == 0.2)
    }
}

@Suite("Reading regional statistics")
struct StatisticsInputTests {
    let definitions = "industry,cluster,traded\n3110,Food processing,1\n1410,Apparel,1\n4711,Local retail,0\n"

    func read(_ stats: String, _ defs: String? = nil) throws -> StatisticsInput {
        try StatisticsInput(statistics: Data(stats.utf8), definitions: Data((defs ?? definitions).utf8))
    }

    func problem(_ stats: String, _ defs: String? = nil) -> CSVTable.Problem? { problems(stats, defs)?.problems.first }

    func problems(_ stats: String, _ defs: String? = nil) -> StatisticsProblems? {
        do { _ = try read(stats, defs); return nil } catch let p as StatisticsProblems { return p } catch { return nil }
    }

    @Test("header order is free and extra columns are ignored")
    func reads() throws {
        let input = try read("region,note,industry,year,payroll,establishments,employment\r\nPune,x,3110,2000,5000.5,10,100\r\nPune,y,4711,2000,10,1,50\n")
        #expect(input.regionNames == ["Pune"] && input.rows.count == 2)
        #expect(input.rows[0].employment == 100 && input.rows[0].payroll == 5000.5 && input.rows[0].year == 2000)
        #expect(input.mapping.results[0].cells[0][0].employment == 100)
        let spaced = try read("year,region,industry,employment,establishments,payroll\n2000, Pune ,3110,1,1,1\n2000,Pune,1410,2,1,1\n")
        #expect(spaced.regionNames == ["Pune"])
        // A spreadsheet's byte-order mark before the headers is not part of the first column's name.
        let bom = try StatisticsInput(statistics: Data([0xEF, 0xBB, 0xBF] + Array("year,region,industry,employment,establishments,payroll\n2000,Pune,3110,1,1,1\n".utf8)),
                                      definitions: Data([0xEF, 0xBB, 0xBF] + Array(definitions.utf8)))
        #expect(bom.rows.count == 1 && bom.industryNames.first == "3110")
        // Quoted values, as spreadsheets write names with commas.
        let quoted = try read("year,region,industry,employment,establishments,payroll\n2000,\"Pune, East\",\"3110\",\"12\",1,1\n")
        #expect(quoted.regionNames == ["Pune, East"] && quoted.rows[0].employment == 12)
    }

    @Test("every malformed line is reported with its line and column")
    func problems() {
        let head = "year,region,industry,employment,establishments,payroll\n"
        #expect(problem("") == .init(line: 1, column: nil, message: "the statistics file is empty"))
        #expect(problem("year,region,industry,employment,payroll\n")?.column == "establishments")
        #expect(problem(head + "2000,Pune,3110,many,1,1\n") == .init(line: 2, column: "employment", message: "\"many\" is not a number"))
        #expect(problem(head + "2000,Pune,3110,10,1,1\n2000,Pune,1410,-5,1,1\n") == .init(line: 3, column: "employment", message: "cannot be negative"))
        #expect(problem(head + "2000,Pune,9999,10,1,1\n")?.column == "industry")
        #expect(problem(head + "2000,Pune,3110,10,1,1\n2000,Pune,3110,12,1,1\n")?.line == 3)
        #expect(problem(head + "2000,Pune,3110,10,1\n")?.line == 2)
        #expect(problems(head, "industry,cluster,traded\n3110,Food,2\n")?.file == .definitions)
        #expect(problem(head + "1899,Pune,3110,10,1,1\n")?.column == "year")
        #expect(problem(head) == .init(line: 2, column: nil, message: "has no figures below the header"))
        #expect(problem(head + "\r\n\n") == .init(line: 2, column: nil, message: "has no figures below the header"))
        #expect(problems(head + "2000,Pune,3110,1,1,1\n", "industry,cluster,traded\n")?.file == .definitions)
        #expect(problem(head + "2000,Pune,3110,99999999999999999999999,1,1\n") == nil)
    }

    @Test("given 150 malformed lines, reading stops at 100 and says so")
    func problemsStopAtALimit() {
        let found = problems(statisticsWithBadLines(150))!
        #expect(found.problems.count == StatisticsProblems.limit && found.truncated)
        #expect(found.problems.first?.line == 2 && found.problems.last?.line == 101)
        #expect(!problems(statisticsWithBadLines(1))!.truncated)
    }

    func statisticsWithBadLines(_ bad: Int) -> String {
        "year,region,industry,employment,establishments,payroll\n" + (0..<bad).map { "2000,R\($0),3110,none,1,1\n" }.joined()
    }

    @Test("region positions: each region once, on the globe; regions the statistics lack are simply not drawn")
    func regionCoordinates() throws {
        let places = try RegionCoordinates(Data("region,latitude,longitude\nPune,18.52,73.86\n Nagpur ,21.15,79.09\n".utf8))
        #expect(places.positions["Nagpur"]?.longitude == 79.09 && places.positions.count == 2)
        func problem(_ text: String) -> CSVTable.Problem? {
            do { _ = try RegionCoordinates(Data(text.utf8)); return nil } catch let p as CSVTable.Problem { return p } catch { return nil }
        }
        #expect(problem("region,latitude,longitude\nPune,18.5,200\n")?.column == "longitude")
        #expect(problem("region,latitude,longitude\nPune,north,73\n")?.column == "latitude")
        #expect(problem("region,latitude,longitude\nPune,18,73\nPune,19,74\n") == .init(line: 3, column: "region", message: "\"Pune\" is placed twice"))
        #expect(problem("region,latitude\nPune,18\n")?.column == "longitude")
    }

    @Test("every malformed line of a file is listed at once, in file order, whichever slice read it")
    func allProblems() throws {
        let head = "year,region,industry,employment,establishments,payroll\n"
        var text = head
        for k in 0..<2_000 { text += k % 500 == 7 ? "2000,R\(k),3110,x,1,1\n" : "2000,R\(k),3110,\(k),1,1.5\n" }
        text += "2000,R1,3110,5,1,1\n"
        let found = problems(text)!
        #expect(found.problems.map(\.line) == [9, 509, 1009, 1509])
        // Only when every line reads are duplicates looked for; then the second line is named.
        let clean = text.replacingOccurrences(of: ",x,", with: ",1,")
        #expect(problems(clean)!.problems.map(\.line) == [2002])
        let bytes = Data(clean.dropLast(19).utf8)
        let sliced = try bytes.withUnsafeBytes { raw in
            try StatisticsInput.readStatistics(raw.bindMemory(to: UInt8.self), industries: ["3110": 0], threads: 3)
        }
        #expect(sliced.0.count == 2_000 && sliced.1.map(\.region) == Array(0..<2_000))
    }
}
