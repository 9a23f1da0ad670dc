/// Where a record is must agree with what it belongs to: a cluster lies in one of its project's
/// countries, a network in its cluster's country.
public enum CountryAgreement {
    public static func cluster(country: String?, projectCountries: [String]?) -> ValidationErrors {
        guard let country, let projectCountries, !projectCountries.contains(country) else { return .init() }
        return .init(field: "country", L("is not among the project's countries (\(projectCountries.sorted().joined(separator: ", "))); add it to the project first"))
    }

    public static func network(country: String?, clusterCountry: String?) -> ValidationErrors {
        guard let country, let clusterCountry, country != clusterCountry else { return .init() }
        return .init(field: "country", L("must be the country of its cluster (\(clusterCountry))"))
    }
}
