/// The status a country takes on the portfolio map: that of its most active project.
public enum CountryMapStatus {
    public static func of(_ statuses: [ProjectStatus]) -> ProjectStatus? {
        statuses.max { $0.mapPrecedence < $1.mapPrecedence }
    }
}
