import FluentKit
import SQLKit

/// How many clusters and networks the programme has, in one query (the portfolio shows both on
/// every view).
public enum PortfolioCounts {
    public static func clustersAndNetworks(on db: any Database) async throws -> (clusters: Int, networks: Int) {
        guard let sql = db as? any SQLDatabase else {
            return (try await ClusterModel.query(on: db).count(), try await NetworkModel.query(on: db).count())
        }
        let row = try await sql.raw("SELECT (SELECT COUNT(*) FROM \(ident: ClusterModel.schema)) AS clusters, (SELECT COUNT(*) FROM \(ident: NetworkModel.schema)) AS networks").first()
        return (try row?.decode(column: "clusters", as: Int.self) ?? 0, try row?.decode(column: "networks", as: Int.self) ?? 0)
    }
}
