import ClusterworksDomain
import FluentKit
import Foundation

/// An organisation: an enterprise or a support institution.
public final class ActorModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
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

    public var size: SizeClass? { sizeClass.flatMap(SizeClass.init(rawValue:)) }

    public static var recordSchema: RecordSchema { ActorSchema.schema }
    public var title: String { acronym.map { "\(name) (\($0))" } ?? name }
    public static let searchColumns: [FieldKey] = ["name", "acronym", "location", "products", "sector_code"]
    public static let searchFields = ["name", "acronym", "location", "products", "sectorCode"]
    public static let sortColumns: [String: FieldKey] = [
        "name": "name", "kind": "kind", "country": "country_code", "employees": "employees", "yearFounded": "year_founded",
    ]
    public static let defaultSort: FieldKey = "name"
    public static let filterColumns: [String: FieldKey] = [
        "kind": "kind", "country": "country_code", "institutionType": "institution_type", "sizeClass": "size_class",
    ]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("kind", actorKind.rawValue); v.put("name", name); v.put("acronym", acronym); v.put("institutionType", institutionType)
        v.put("country", countryCode); v.put("location", location); v.put("latitude", latitude); v.put("longitude", longitude)
        v.put("sectorCode", sectorCode); v.put("products", lines: products); v.put("employees", employees)
        v.put("employeesFemale", employeesFemale); v.put("employeesMale", employeesMale)
        v.put("yearFounded", yearFounded); v.put("sizeClass", sizeClass); v.put("description", description)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let kind = v.choice("kind", ActorKind.self) { actorKind = kind }
        name = v.text("name") ?? ""
        acronym = v.text("acronym"); institutionType = v.text("institutionType")
        countryCode = v.text("country") ?? ""
        location = v.text("location"); latitude = v.double("latitude"); longitude = v.double("longitude")
        sectorCode = v.text("sectorCode"); products = v.lines("products")
        employees = v.int("employees"); employeesFemale = v.int("employeesFemale"); employeesMale = v.int("employeesMale")
        yearFounded = v.int("yearFounded"); sizeClass = v.text("sizeClass"); description = v.text("description")
    }
}
