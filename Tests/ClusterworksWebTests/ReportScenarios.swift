import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// What a programme sends its funders: IATI files of approved results, checked by the same tools a
/// publisher would use.
enum ReportScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("the programme's IATI file carries every project and its approved results with breakdowns, valid against IATI 2.03", iati),
        ("a broker's proposed indicator is used at once but reaches reports once a programme manager accepts it", proposals),
        ("an edit that read a draft is refused when the figure was approved meanwhile, and the approved value stands", approvedMeanwhile),
        ("a project's impact shows the firm panel's spread, networks over time and each cluster then and now", impact),
        ("the programme's results add up approved figures per period, by country, project and breakdown category", programmeResults),
        ("a project's report is a page, a workbook openpyxl reads as the API's rows, and a formula-safe CSV, for the project or one period", report),
    ]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a checker of `scripts/` on a file; nil when Python has no lxml outside CI (CI installs it).
    static func python(_ script: String, _ files: URL...) throws -> (status: Int32, out: String)? {
        func run(_ arguments: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3"] + arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        if try run(["-c", "import lxml, openpyxl"]).0 != 0 {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("CI must have lxml and openpyxl (python3 -m pip install lxml openpyxl)") }
            return nil
        }
        return try run([root.appendingPathComponent(script).path] + files.map(\.path))
    }

    static func proposals(_ app: Application) async throws {
        var s = try await ClusterCycleScenarios.setup(app)
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: s.projectId)!))
        let pm = try await WebScenarios.token(app, "pm@example.org")
        let body = #"{"name":"Cheese makers using the shared laboratory","unit":"firms","scale":"count","level":"cluster","direction":"higher"}"#
        let proposed = try WebScenarios.json(try await s.b.send(.POST, "/api/v1/indicators", json: body, bearer: s.broker))
        let id = try #require(proposed["id"] as? String)
        #expect(proposed["status"] as? String == "proposed")
        #expect(try await s.b.send(.PATCH, "/api/v1/indicators/\(id)", json: #"{"unit":"firms"}"#, bearer: s.broker).status == .ok, "its proposer may still change it")
        // A figure with it is recorded and approved, but the report leaves it out until the indicator is accepted.
        let figure = try #require(try WebScenarios.json(try await s.b.send(.POST, s.base + "/results", json: #"{"indicatorId":"\#(id)","kind":"measurement","observedOn":"1998-06-01","value":6}"#, bearer: s.broker))["id"] as? String)
        #expect(try await s.b.send(.POST, s.base + "/results/\(figure)/submit", json: nil, bearer: s.broker).status == .ok)
        #expect(try await s.b.send(.POST, s.base + "/results/\(figure)/approve", json: nil, bearer: pm).status == .ok)
        let report = "/api/v1/projects/\(s.projectId)/report"
        func reported() async throws -> [String] {
            (try WebScenarios.json(try await s.b.send(.GET, report, bearer: pm))["results"] as? [[String: Any]] ?? []).compactMap { $0["Indicator"] as? String }
        }
        #expect(try await reported().isEmpty)
        #expect(try WebScenarios.json(try await s.b.send(.GET, report, bearer: pm))["pending"] as? Int == 1)
        #expect(try await s.b.send(.POST, "/api/v1/indicators/\(id)/accept", json: nil, bearer: s.broker).status == .forbidden)
        let accepted = try WebScenarios.json(try await s.b.send(.POST, "/api/v1/indicators/\(id)/accept", json: nil, bearer: pm))
        #expect(accepted["status"] as? String == "accepted")
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, "/api/v1/indicators/\(id)/accept", json: nil, bearer: pm), .conflict, "status")
        #expect(try await s.b.send(.PATCH, "/api/v1/indicators/\(id)", json: #"{"unit":"workshops"}"#, bearer: s.broker).status == .forbidden,
                "an accepted indicator is the programme managers' to change")
        #expect(try await reported() == ["Cheese makers using the shared laboratory"])
        let history = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: id)!).all().map(\.action)
        #expect(history.contains("accept"))
    }

    static func approvedMeanwhile(_ app: Application) async throws {
        var s = try await ClusterCycleScenarios.setup(app)
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: s.projectId)!))
        let pm = try await WebScenarios.token(app, "pm@example.org")
        let indicator = try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/indicators", json: #"{"name":"Dairies with a cooler","unit":"dairies","scale":"count","level":"cluster","direction":"higher"}"#, bearer: s.admin))["id"] as? String)
        let id = try #require(try WebScenarios.json(try await s.b.send(.POST, s.base + "/results", json: #"{"indicatorId":"\#(indicator)","kind":"measurement","observedOn":"1998-06-01","value":6}"#, bearer: s.broker))["id"] as? String)
        // The edit read the figure as a draft; then, before its write, the figure was submitted and approved.
        let stale = try #require(try await ResultEntryModel.find(UUID(uuidString: id), on: app.db))
        #expect(try await s.b.send(.POST, s.base + "/results/\(id)/submit", json: nil, bearer: s.broker).status == .ok)
        #expect(try await s.b.send(.POST, s.base + "/results/\(id)/approve", json: nil, bearer: pm).status == .ok)
        let cluster = try #require(try await ClusterModel.find(UUID(uuidString: s.clusterId), on: app.db))
        let workflow = PartWorkflow(kind: ClusterParts.results.kind), acting = Acting.system("test")
        for write in [{ try await workflow.update(stale, ["value": .number(9)], partial: true, in: cluster, by: acting, today: CalendarDate(year: 2000, month: 1, day: 1)!, on: app.db) },
                      { try await workflow.delete(stale, in: cluster, by: acting, on: app.db) }] {
            do { try await write(); Issue.record("a write over an approved figure went through") }
            catch let e as FieldErrors { #expect(e.errors.fields["status"] != nil && e.kind == .conflict) }
        }
        let stored = try #require(try await ResultEntryModel.find(UUID(uuidString: id), on: app.db))
        #expect(stored.value == 6 && stored.figureStatus == .approved)
    }

    static func impact(_ app: Application) async throws {
        try await DemoProgramme.load(on: app.db)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        let nicaragua = try #require(try await ProjectModel.query(on: app.db).filter(\.$code == "NIC-CLN").first())
        let impact = try WebScenarios.json(try await b.send(.GET, "/api/v1/projects/\(try nicaragua.requireID().uuidString)/impact", bearer: admin))
        let firms = try #require(impact["firm"] as? [[String: Any]])
        // Masaya's seven workshops: five employ more people, the median grew by 3, the middle half by 1.5 to 3.5.
        let employment = try #require(firms.first { $0["indicator"] as? String == "Employment" })
        #expect(employment["firms"] as? Int == 7 && employment["medianChange"] as? Double == 3)
        #expect(employment["lowerQuartile"] as? Double == 1.5 && employment["upperQuartile"] as? Double == 3.5)
        #expect(abs((employment["shareImproving"] as? Double ?? 0) - 5.0 / 7) < 1e-12)
        // Lower is better for defects: a fall counts as improving.
        #expect(firms.first { $0["indicator"] as? String == "Defect rate" }?["shareImproving"] as? Double == 1)
        let masaya = try #require((impact["network"] as? [[String: Any]])?.first { $0["network"] as? String == "Masaya woodworkers' network" })
        #expect(masaya["membersNow"] as? Int == 13 && masaya["left"] as? Int == 3 && (masaya["netPath"] as? [Any])?.count == 4)
        // Its services are the joint projects done or under way, not the planned ones.
        let services = (masaya["services"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
        #expect(services.contains("input_shop") && !services.contains("selling_point"))
        let indicators = try #require(impact["indicators"] as? [[String: Any]])
        #expect(indicators.contains { $0["indicator"] as? String == "Service fees collected" && $0["latest"] as? Double == 1_400 })
        let boaco = try #require((impact["cluster"] as? [[String: Any]])?.first { ($0["cluster"] as? String)?.hasPrefix("Boaco") == true })
        let first = try #require(boaco["firstMap"] as? [String: Any]), now = try #require(boaco["mapNow"] as? [String: Any])
        #expect(first["on"] as? String == "1997-06-01" && (now["ties"] as? Int ?? 0) > (first["ties"] as? Int ?? 0))
        // Density counts the organisations at the cluster's events without a tie among those that could be tied.
        let n = Double((now["actors"] as? Int ?? 0) + (now["isolated"] as? Int ?? 0))
        #expect(abs((now["density"] as? Double ?? -1) - Double(now["ties"] as? Int ?? 0) / (n * (n - 1) / 2)) < 1e-12)
        var page = try await WebScenarios.signedInAdmin(app)
        let html = String(buffer: try await page.get("/projects/\(try nicaragua.requireID().uuidString)/impact").body)
        #expect(html.contains("Impact on firms") && html.contains("Change from baseline to follow-up (workers)"))
        #expect(html.contains("Network and association indicators") && html.contains("Members of each network: at formation and now"))
        #expect(html.contains("Ties in each cluster: first map and now") && html.contains("Shared input shop (completed)"))
    }

    static func programmeResults(_ app: Application) async throws {
        try await DemoProgramme.load(on: app.db)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        func items(_ query: String) async throws -> [String: [String: Any]] {
            let r = try await b.send(.GET, "/api/v1/programme/results?" + query, bearer: admin)
            #expect(r.status == .ok, "\(query)")
            let list = try WebScenarios.json(r)["items"] as? [[String: Any]] ?? []
            return Dictionary(list.map { ($0["indicator"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        }
        let h2 = try await items("period=2000%20H2")
        #expect(h2["Women trained"]?["toDate"] as? Double == 110 && h2["Women trained"]?["target"] as? Double == 100)
        // A percentage is pooled from its counts: Ludhiana's 88 of 110 trainees employed against 70 of 100.
        let employed = try #require(h2["Trainees employed"])
        #expect(employed["notAdded"] is NSNull && employed["toDate"] as? Double == 80 && employed["target"] as? Double == 70)
        #expect(employed["numerator"] as? Double == 88 && employed["denominator"] as? Double == 110 && employed["withoutRatio"] as? Int == 0)
        // A figure's counts must give its value, and come in pairs; nothing is stored otherwise.
        let ludhiana = try #require(try await ClusterModel.query(on: app.db).filter(\.$name ~~ "Ludhiana").first())
        let indicator = try #require(try await IndicatorModel.query(on: app.db).filter(\.$name == "Trainees employed").first())
        let results = "/api/v1/clusters/\(try ludhiana.requireID().uuidString)/results"
        let before = try await ResultEntryModel.query(on: app.db).count()
        for (body, field) in [(#""value":70,"numerator":88,"denominator":110"#, "value"), (#""value":80,"numerator":88"#, "denominator"),
                              (#""value":100,"numerator":120,"denominator":110"#, "numerator")] {
            let json = #"{"indicatorId":"\#(try indicator.requireID().uuidString)","kind":"measurement","observedOn":"2000-12-31",\#(body)}"#
            try ClusterCycleScenarios.refused(try await b.send(.POST, results, json: json, bearer: admin), .unprocessableEntity, field)
        }
        #expect(try await ResultEntryModel.query(on: app.db).count() == before)
        let youth = try await items("period=2000%20H2&breakdown=age_group.youth")
        #expect(youth["Women trained"]?["toDate"] as? Double == 81)
        #expect(try await items("period=2000%20H2&country=NI")["Women trained"] == nil)
        let india = try #require(try await ProjectModel.query(on: app.db).filter(\.$code == "IND-CLN").first())
        #expect(try await items("period=2000%20H2&project=\(try india.requireID().uuidString)")["Women trained"]?["toDate"] as? Double == 110)
        for bad in ["period=2000%20H3", "breakdown=sex", "country=Nicaragua"] {
            #expect(try await b.send(.GET, "/api/v1/programme/results?" + bad, bearer: admin).status == .badRequest, "\(bad)")
        }
        var page = try await WebScenarios.signedInAdmin(app)
        #expect(String(buffer: try await page.get("/programme/results?period=2000%20H2").body).contains("Indicators across the programme, 2000 H2"))
    }

    static func report(_ app: Application) async throws {
        try await DemoProgramme.load(on: app.db)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        let india = try #require(try await ProjectModel.query(on: app.db).filter(\.$code == "IND-CLN").first())
        let base = "/api/v1/projects/\(try india.requireID().uuidString)/report"
        // A figure waiting for approval is counted, not reported; a name a spreadsheet would run is written as text.
        let ludhiana = try #require(try await ClusterModel.query(on: app.db).filter(\.$name == "Ludhiana knitwear").first())
        let formula = try #require(try WebScenarios.json(try await b.send(.POST, "/api/v1/indicators", json: #"{"name":"=HYPERLINK(\"http://x\")","unit":"people","scale":"count","level":"cluster","direction":"higher"}"#, bearer: admin))["id"] as? String)
        let results = "/api/v1/clusters/\(try ludhiana.requireID().uuidString)/results"
        for body in [#"{"indicatorId":"\#(formula)","kind":"baseline","observedOn":"1999-01-01","value":1}"#, #"{"indicatorId":"\#(formula)","kind":"measurement","observedOn":"2000-10-01","value":3}"#] {
            let id = try #require(try WebScenarios.json(try await b.send(.POST, results, json: body, bearer: admin))["id"] as? String)
            #expect(try await b.send(.POST, "\(results)/\(id)/submit", json: nil, bearer: admin).status == .ok)
        }
        let pm = try await WebScenarios.user(app, "pm2@example.org", .programmeManager, scope: ScopeRef(.project, try india.requireID()))
        let pmToken = try await WebScenarios.token(app, pm.email)
        let submitted = try await ResultEntryModel.query(on: app.db).filter(\.$status == "submitted").all()
        #expect(submitted.count == 2)
        let measured = try #require(submitted.first { $0.observedOn == "2000-10-01" })
        #expect(try await b.send(.POST, "\(results)/\(try measured.requireID().uuidString)/approve", json: nil, bearer: pmToken).status == .ok)
        let json = try await b.send(.GET, base, bearer: admin)
        let report = try WebScenarios.json(json)
        #expect(report["pending"] as? Int == 1)
        let rows = try #require(report["results"] as? [[String: Any]])
        let women = try #require(rows.first { $0["Indicator"] as? String == "Women trained" })
        #expect(women["Value to date"] as? Double == 110 && women["Target due"] as? Double == 100 && women["Period"] as? String == "2000 H2")
        // The workbook says the same as the API, cell for cell, read by openpyxl.
        let book = try await b.send(.GET, base + ".xlsx", bearer: admin)
        #expect(book.status == .ok && book.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cw-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(book.body.readableBytesView).write(to: folder.appendingPathComponent("report.xlsx"))
        try Data(json.body.readableBytesView).write(to: folder.appendingPathComponent("report.json"))
        if let checked = try python("scripts/reports/check_workbook.py", folder.appendingPathComponent("report.xlsx"), folder.appendingPathComponent("report.json")) {
            #expect(checked.status == 0, "\(checked.out)")
        }
        // The CSV: one row per indicator, subject and period; text a spreadsheet would run is shown as text.
        let csv = String(buffer: try await b.send(.GET, base + ".csv", bearer: admin).body)
        #expect(csv.hasPrefix("Level,Indicator,Unit,"))
        #expect(csv.split(separator: "\r\n").count == rows.count + 1)
        #expect(csv.contains("Cluster,\"'=HYPERLINK(\"\"http://x\"\")\",people,"))
        // One period; a period the project does not have is refused naming the parameter.
        let half = try WebScenarios.json(try await b.send(.GET, base + "?period=2000%20H2", bearer: admin))
        #expect((half["results"] as? [[String: Any]])?.allSatisfy { $0["Period"] as? String == "2000 H2" } == true)
        let unknown = try await b.send(.GET, base + "?period=1990%20H1", bearer: admin)
        #expect(try unknown.status == .unprocessableEntity && NewProgrammeScenarios.errorFields(unknown)["period"] != nil)
        // The printable page: every section, and the chart with its table.
        var page = try await WebScenarios.signedInAdmin(app)
        let html = String(buffer: try await page.get("/projects/\(try india.requireID().uuidString)/report").body)
        for section in ["Stages and phases reached", "Results against targets", "Breakdowns", "Cost sharing", "Events and participation", "Narrative per cluster", "1 figures wait for approval"] {
            #expect(html.contains(section), "\(section)")
        }
        #expect(html.contains("<figure class=\"chart\"><svg") && html.contains("Share of the target reached (%)"))
    }

    static func iati(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        // Given no reporting organisation, nothing is published, and the field to fill is named.
        let unset = try await b.send(.GET, "/api/v1/programme/iati.xml", bearer: admin)
        #expect(try unset.status == .unprocessableEntity && NewProgrammeScenarios.errorFields(unset)["reportingOrgRef"] != nil)
        // Given the demo programme (which sets its reporting organisation), and a project added since.
        try await DemoProgramme.load(on: app.db)
        #expect(try await b.send(.PUT, "/api/v1/programme/reporting-organisation", json: #"{"reportingOrgRef":"XM DAC","reportingOrgName":"X","reportingOrgType":"40"}"#, bearer: admin).status == .unprocessableEntity)
        #expect(try await b.send(.PUT, "/api/v1/programme/reporting-organisation", json: #"{"reportingOrgRef":"XM-DAC-41123","reportingOrgName":"UNIDO","reportingOrgType":"40"}"#, bearer: admin).status == .ok)
        let project = try #require(try WebScenarios.json(try await b.send(.POST, "/api/v1/projects", json: #"{"code":"GH/1","title":"Ghana","countries":["GH"],"status":"under_design"}"#, bearer: admin))["id"] as? String)
        // A project without any date cannot be an IATI activity: the whole file is refused, naming the date.
        let undated = try await b.send(.GET, "/api/v1/programme/iati.xml", bearer: admin)
        #expect(try undated.status == .unprocessableEntity && NewProgrammeScenarios.errorFields(undated)["plannedStart"]?.first?.contains("GH/1") == true)
        #expect(try await b.send(.PATCH, "/api/v1/projects/\(project)", json: #"{"plannedStart":"2026-01-01"}"#, bearer: admin).status == .ok)
        // The file has an activity per project, valid IATI 2.03 with known codes.
        let file = try await b.send(.GET, "/api/v1/programme/iati.xml", bearer: admin)
        #expect(file.status == .ok && file.headers.contentType == .xml)
        let xml = String(buffer: file.body)
        #expect(xml.components(separatedBy: "<iati-activity ").count - 1 == (try await ProjectModel.query(on: app.db).count()))
        #expect(xml.contains("<iati-identifier>XM-DAC-41123-GH-1</iati-identifier>"))
        // Ludhiana's women trained: 110 by the end of 2000 against 100, broken down by age group.
        #expect(xml.contains("<target value=\"100\"/>\n     <actual value=\"110\"/>\n     <actual value=\"29\">\n      <dimension name=\"age_group\" value=\"adults\"/>"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cw-iati-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        if let checked = try python("scripts/iati/check_iati.py", path) { #expect(checked.status == 0, "\(checked.out)") }
        // A figure not yet approved is not published.
        let ludhiana = try #require(try await ClusterModel.query(on: app.db).filter(\.$name == "Ludhiana knitwear").first())
        let women = try #require(try await IndicatorModel.query(on: app.db).filter(\.$name == "Women trained").first())
        let before = xml.components(separatedBy: "<actual ").count
        #expect(try await b.send(.POST, "/api/v1/clusters/\(try ludhiana.requireID())/results", json: #"{"indicatorId":"\#(try women.requireID())","kind":"measurement","observedOn":"2000-12-01","value":5}"#, bearer: admin).status == .created)
        let again = String(buffer: try await b.send(.GET, "/api/v1/programme/iati.xml", bearer: admin).body)
        #expect(again.components(separatedBy: "<actual ").count == before)
        let one = try await b.send(.GET, "/api/v1/projects/\(try #require(ludhiana.$project.id).uuidString)/iati.xml", bearer: admin)
        #expect(String(buffer: one.body).components(separatedBy: "<iati-activity ").count == 2)
    }
}
