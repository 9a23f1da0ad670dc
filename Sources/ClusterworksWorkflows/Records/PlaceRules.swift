import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// The records a cluster or a network is placed under, read for `CountryAgreement`.
package enum PlaceRules {
    package static func cluster(_ values: RecordValues, _ db: any Database) async throws -> ValidationErrors {
        guard let projectId = values.uuid("projectId") else { return .init() }
        let countries = try await ProjectCountryModel.query(on: db).filter(\.$project.$id == projectId).all().map(\.countryCode)
        return CountryAgreement.cluster(country: values.text("country"), projectCountries: countries)
    }

    package static func network(_ values: RecordValues, _ db: any Database) async throws -> ValidationErrors {
        guard let clusterId = values.uuid("clusterId") else { return .init() }
        return CountryAgreement.network(country: values.text("country"), clusterCountry: try await ClusterModel.find(clusterId, on: db)?.countryCode)
    }
}
