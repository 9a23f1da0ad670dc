import Foundation

/// A tie between two actors of a cluster as recorded on a date; a later record of the same tie
/// supersedes it, so maps of two dates can be compared.
public enum LinkageSchema {
    public static let schema = RecordSchema(
        type: .linkage,
        fields: [
            FieldRule("fromActorId", L("From actor"), .reference(.actor), required: true),
            FieldRule("tieType", L("Tie"), .choice(TieType.options), required: true),
            FieldRule("toActorId", L("To actor"), .reference(.actor), required: true),
            FieldRule("status", L("Status"), .choice(TieStatus.options), required: true),
            FieldRule("recordedOn", L("Recorded on"), .date, required: true),
            FieldRule("note", L("Note"), .longText(maxLength: 2000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let a = v.uuidValue("fromActorId"), a == v.uuidValue("toActorId") { errors.add("toActorId", L("must be another actor than the one the tie starts from")) }
            if let d = v["recordedOn"]?.date, d > context.today { errors.add("recordedOn", L("cannot be in the future")) }
            return errors
        }
    )
}

extension Dictionary where Key == String, Value == FieldValue {
    func uuidValue(_ key: String) -> UUID? { self[key]?.reference }
}
