import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Cluster mapping through the page and the API: who may upload, every malformed line named,
/// nothing stored from a bad upload, the ranked candidates and the map of a good one.
enum ClusterMapScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("a programme manager maps clusters from uploaded statistics; bad uploads are listed line by line and store nothing", uploads),
    ]

    /// Four regions, two years. Pune is specialised in food processing (traded) and has the most
    /// of it; Nagpur's textiles; Nashik has only local services.
    static let definitions = "industry,cluster,traded\n1071,Food processing,1\n1079,Food processing,1\n1410,Textiles,1\n4711,Local retail,0\n"
    static let statistics = """
    year,region,industry,employment,establishments,payroll,source
    2015,Pune,1071,900,40,900000,survey
    2015,Pune,1410,100,5,80000,survey
    2015,Pune,4711,500,60,200000,survey
    2015,Nagpur,1071,100,8,90000,survey
    2015,Nagpur,1410,800,30,600000,survey
    2015,Nashik,4711,300,50,100000,survey
    2015,Solapur,1079,200,10,150000,survey
    2015,Solapur,1410,200,12,150000,survey
    2020,Pune,1071,1200,50,1300000,survey
    2020,Pune,1410,100,5,90000,survey
    2020,Pune,4711,500,60,220000,survey
    2020,Nagpur,1071,100,8,95000,survey
    2020,Nagpur,1410,900,32,700000,survey
    2020,Nashik,4711,300,50,110000,survey
    2020,Solapur,1079,200,10,160000,survey
    2020,Solapur,1410,200,12,160000,survey

    """
    static let places = "region,latitude,longitude\nPune,18.52,73.86\nNagpur,21.15,79.09\nNashik,20.00,73.79\nSolapur,17.66,75.91\nMumbai,19.08,72.88\n"

    static func uploads(_ app: Application) async throws {
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager)
        _ = try await WebScenarios.user(app, "broker@example.org", .broker)
        var broker = Browser(app)
        _ = try await broker.signIn("broker@example.org", "a good long password")
        #expect(String(buffer: try await broker.get("/cluster-maps").body).contains("Programme managers upload statistics"))
        let files = ["statistics": statistics, "definitions": definitions, "regions": places]
        #expect(try await broker.upload("/cluster-maps", fields: ["name": "Maharashtra"], files: files).status == .forbidden)

        var pm = Browser(app)
        _ = try await pm.signIn("pm@example.org", "a good long password")
        #expect(String(buffer: try await pm.get("/cluster-maps").body).contains("enctype=\"multipart/form-data\" data-progress"))
        // Every malformed line at once, with line and column; nothing stored.
        let bad = statistics.replacingOccurrences(of: "2015,Pune,1410,100,", with: "2015,Pune,1410,many,")
            .replacingOccurrences(of: "2015,Nagpur,1071,100,", with: "2015,Nagpur,1071,-100,")
            .replacingOccurrences(of: "2020,Nashik,4711", with: "2020,Nashik,9999")
        let refused = try await pm.upload("/cluster-maps", fields: ["name": "Maharashtra"], files: ["statistics": bad, "definitions": definitions])
        #expect(refused.status == .unprocessableEntity)
        let page = String(buffer: refused.body)
        #expect(page.contains("Nothing was stored: the statistics file has 3 problems"))
        #expect(page.contains("Line 3, column employment: &quot;many&quot; is not a number"))
        #expect(page.contains("Line 5, column employment: cannot be negative"))
        #expect(page.contains("Line 15, column industry: &quot;9999&quot; is not in the cluster definitions"))
        #expect(page.contains("value=\"Maharashtra\""))
        let badPlaces = try await pm.upload("/cluster-maps", fields: ["name": "Maharashtra"],
                                            files: ["statistics": statistics, "definitions": definitions, "regions": "region,latitude,longitude\nPune,95,73\n"])
        #expect(String(buffer: badPlaces.body).contains("Line 2, column latitude: must be a number from -90 to 90"))
        let noCountry = try await pm.upload("/cluster-maps", fields: ["name": "Maharashtra", "countryCode": "XX"], files: files)
        #expect(noCountry.status == .unprocessableEntity && String(buffer: noCountry.body).contains("is not a country of the programme"))
        let noFile = try await pm.upload("/cluster-maps", fields: ["name": ""], files: ["definitions": definitions])
        #expect(noFile.status == .unprocessableEntity && String(buffer: noFile.body).contains("choose a CSV file"))
        #expect(try await ClusterMapModel.query(on: app.db).count() == 0)
        #expect(try await ClusterMapRegionModel.query(on: app.db).count() == 0)

        // A good upload: the ranked candidates and the map.
        let made = try await pm.upload("/cluster-maps", fields: ["name": "Maharashtra districts", "countryCode": "in"], files: files)
        #expect(made.status == .seeOther)
        let location = try #require(made.headers.first(name: .location))
        let shown = String(buffer: try await pm.get(location).body)
        #expect(shown.contains("<h1>Maharashtra districts</h1>"))
        #expect(shown.contains("<circle class=\"region"), "the map draws the regions")
        #expect(shown.contains("data-country") == false && shown.contains("class=\"outline\""), "the outline of India is drawn")
        #expect(shown.contains("Pune<br>"), "Pune is listed")
        #expect(!shown.contains("Mumbai"), "regions only in the coordinates are left out")
        let strongOnly = String(buffer: try await pm.get(location + "?strong=1&region=pun").body)
        #expect(strongOnly.contains("Pune<br>") && !strongOnly.contains("Nagpur<br>"))
        // Only programme managers delete a map from its page; the broker sees it but cannot.
        _ = try await broker.get(location)
        #expect(try await broker.post(location + "/delete", [:]).status == .forbidden)
        #expect(try await ClusterMapModel.query(on: app.db).count() == 1)
        #expect(try await pm.post(location + "/delete", [:]).status == .seeOther)
        #expect(try await ClusterMapModel.query(on: app.db).count() == 0)
        #expect(try await ClusterMapRegionModel.query(on: app.db).count() == 0)

        // The API: the same rules, 422 naming the file, then the map as JSON, deletion by role.
        let pmToken = try await WebScenarios.token(app, "pm@example.org")
        let brokerToken = try await WebScenarios.token(app, "broker@example.org")
        var api = Browser(app)
        let apiBad = try await api.upload("/api/v1/cluster-maps", fields: ["name": "Again"], files: ["statistics": bad, "definitions": definitions], bearer: pmToken)
        #expect(apiBad.status == .unprocessableEntity)
        let fields = try ClusterCycleScenarios.fields(apiBad)
        #expect((fields["statistics"] as? [String])?.first == "line 3, column employment: \"many\" is not a number")
        let apiGood = try await api.upload("/api/v1/cluster-maps", fields: ["name": "Again"], files: ["statistics": statistics, "definitions": definitions], bearer: pmToken)
        #expect(apiGood.status == .created)
        let id = try #require(try WebScenarios.json(apiGood)["id"] as? String)
        let map = try WebScenarios.json(try await api.send(.GET, "/api/v1/cluster-maps/\(id)", bearer: brokerToken))
        #expect(map["regions"] as? Int == 4 && map["firstYear"] as? Int == 2015 && map["lastYear"] as? Int == 2020)
        let items = try #require(map["items"] as? [[String: Any]])
        // Regions whose strongest cluster is most pronounced come first.
        let strongest = items.compactMap { $0["strongestLQ"] as? Double }
        #expect(!strongest.isEmpty && strongest == strongest.sorted(by: >) && items.first?["strongestLQ"] as? Double == strongest.first)
        let pune = try #require(items.first { $0["name"] as? String == "Pune" })
        let candidates = try #require(pune["candidates"] as? [[String: Any]])
        // Pune: food processing 1,200 of its 1,300 traded jobs against 1,500 of 2,700 nationally; 900 in 2015.
        #expect(candidates.first?["cluster"] as? String == "Food processing")
        #expect(abs((candidates.first?["lq"] as? Double ?? 0) - (1200.0 / 1300) / (1500.0 / 2700)) < 1e-9)
        #expect(abs((candidates.first?["growthRate"] as? Double ?? 0) - 1.0 / 3) < 1e-9)
        #expect(items.first { $0["name"] as? String == "Nashik" }.flatMap { $0["candidates"] as? [Any] }?.isEmpty == true, "local clusters are not candidates")
        #expect(try await api.send(.DELETE, "/api/v1/cluster-maps/\(id)", bearer: brokerToken).status == .forbidden)
        #expect(try await api.send(.DELETE, "/api/v1/cluster-maps/\(id)", bearer: pmToken).status == .noContent)
        #expect(try await ClusterMapModel.query(on: app.db).count() == 0)
        #expect(try await ClusterMapCandidateModel.query(on: app.db).filter(\.$mapId == UUID(uuidString: id)!).count() == 0)
    }
}
