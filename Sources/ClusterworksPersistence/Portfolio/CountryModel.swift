import ClusterworksDomain
import FluentKit
import Foundation

public final class CountryModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
    public static let schema = "countries"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "code") public var code: String
    @OptionalField(key: "iso3") public var iso3: String?
    @Field(key: "name_en") public var nameEn: String
    @Field(key: "name_es") public var nameEs: String
    @Field(key: "name_fr") public var nameFr: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(code: String, iso3: String?, nameEn: String, nameEs: String, nameFr: String) {
        self.code = code
        self.iso3 = iso3
        self.nameEn = nameEn
        self.nameEs = nameEs
        self.nameFr = nameFr
    }

    public func name(in language: Language) -> String {
        switch language {
        case .en: nameEn
        case .es: nameEs
        case .fr: nameFr
        }
    }

    public static var recordSchema: RecordSchema { CountrySchema.schema }
    public var title: String { "\(nameEn) (\(code))" }
    public static let searchColumns: [FieldKey] = ["code", "name_en", "name_es", "name_fr"]
    public static let searchFields = ["code", "nameEn", "nameEs", "nameFr", "iso3"]
    public static let uniqueColumns: [String: FieldKey] = ["code": "code"]
    public static let sortColumns: [String: FieldKey] = ["code": "code", "nameEn": "name_en"]
    public static let defaultSort: FieldKey = "name_en"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("code", code); v.put("iso3", iso3)
        v.put("nameEn", nameEn); v.put("nameEs", nameEs); v.put("nameFr", nameFr)
        return v
    }

    public func apply(_ v: RecordValues) {
        code = v.text("code") ?? ""
        iso3 = v.text("iso3")
        nameEn = v.text("nameEn") ?? ""
        nameEs = v.text("nameEs") ?? ""
        nameFr = v.text("nameFr") ?? ""
    }
}
