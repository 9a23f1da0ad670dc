/// From a date on, the shares of the field broker's cost paid by the project and the institution.
public enum BrokerCostStepSchema {
    static let share = FieldKind.decimal(0...100)

    public static let schema = RecordSchema(
        type: .brokerCostStep,
        fields: [
            FieldRule("fromOn", L("From"), .date, required: true),
            FieldRule("projectShare", L("Project's share (%)"), share, required: true),
            FieldRule("institutionShare", L("Institution's share (%)"), share, required: true),
            FieldRule("note", L("Note"), .text(maxLength: 300)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            let sum = (v["projectShare"]?.decimal ?? 0) + (v["institutionShare"]?.decimal ?? 0)
            if sum > 100.000_001 { errors.add("institutionShare", L("together with the project's share exceeds 100 % (\(FieldValue.decimal(sum).display) %)")) }
            return errors
        }
    )
}
