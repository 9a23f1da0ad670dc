import ClusterworksDomain
import FluentKit
import Foundation

/// An organisation: an enterprise or a support institution.
public final class ActorModel: Searchable, ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "actors"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @StoredChoice(key: "kind") public var actorKind: ActorKind
    @Field(key: "name") public var name: String
    @OptionalField(key: "acronym") public var acronym: String?
    @OptionalField(key: "institution_type") public var institutionType: String?
    @Field(key: "country_code") public var countryCode: String
    @OptionalField(key: "location") public var location: String?
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    @OptionalField(key: "sector_code") public var sectorCode: String?
    @Field(key: "products") public var products: String
    @OptionalField(key: "employees") public var employees: Int?
    @OptionalField(key: "employees_female") public var employeesFemale: Int?
    @OptionalField(key: "employees_male") public var employeesMale: Int?
    @OptionalField(key: "year_founded") public var yearFounded: Int?
    @OptionalField(key: "size_class") public var sizeClass: String?
    @OptionalField(key: "description") public var description: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $searchKey, $actorKind, $name, $acronym, $institutionType, $countryCode, $location, $latitude, $longitude, $sectorCode, $products, $employees, $employeesFemale, $employeesMale, $yearFounded, $sizeClass, $description, $createdAt, $updatedAt] }

    public var size: SizeClass? { sizeClass.flatMap(SizeClass.init(rawValue:)) }

    public static var recordSchema: RecordSchema { ActorSchema.schema }
    public var title: Phrase { .verbatim(acronym.map { "\(name) (\($0))" } ?? name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<ActorModel>([
        .choice("kind", \.$actorKind).sorted().filtered(),
        .text("name", \.$name).sorted().searched(),
        .text("acronym", \.$acronym).searched(),
        .text("institutionType", \.$institutionType).filtered(),
        .text("country", \.$countryCode).sorted().filtered(),
        .text("location", \.$location).searched(),
        .decimal("latitude", \.$latitude),
        .decimal("longitude", \.$longitude),
        .text("sectorCode", \.$sectorCode).searched(),
        .lines("products", \.$products).searched(),
        .int("employees", \.$employees).sorted(),
        .int("employeesFemale", \.$employeesFemale),
        .int("employeesMale", \.$employeesMale),
        .int("yearFounded", \.$yearFounded).sorted(),
        .text("sizeClass", \.$sizeClass).filtered(),
        .text("description", \.$description),
    ])
}
