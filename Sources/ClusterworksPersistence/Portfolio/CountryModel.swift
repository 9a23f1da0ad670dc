import ClusterworksDomain
import FluentKit
import Foundation

public final class CountryModel: Searchable, ColumnTable, Timestamped, @unchecked Sendable {
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

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $searchKey, $code, $iso3, $nameEn, $nameEs, $nameFr, $createdAt, $updatedAt] }

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
    /// The country's name in the reader's language, and its code.
    public var title: Phrase {
        Phrase(template: "{1} ({2})", arguments: [.named([.en: nameEn, .es: nameEs, .fr: nameFr]), .text(code)], translatable: false)
    }
    public static let defaultSort: FieldKey = "name_en"

    public static let columns = RecordColumns<CountryModel>([
        .text("code", \.$code).sorted().unique().searched(),
        .text("iso3", \.$iso3).searched(),
        .text("nameEn", \.$nameEn).sorted().searched(),
        .text("nameEs", \.$nameEs).searched(),
        .text("nameFr", \.$nameFr).searched(),
    ])
}
