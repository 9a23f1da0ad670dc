/// One condition the local institution must meet before it takes over.
public enum ReadinessItemSchema {
    public static let schema = RecordSchema(
        type: .readinessItem,
        fields: [
            FieldRule("item", L("Condition"), .text(maxLength: 300), required: true, help: L("e.g. Field worker trained on the job")),
            FieldRule("met", L("Met"), .boolean, required: true),
            FieldRule("metOn", L("Met on"), .date),
            FieldRule("evidence", L("Evidence"), .longText(maxLength: 2000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if v["met"]?.boolean == true, v["metOn"] == nil { errors.add("metOn", L("is required when the condition is met")) }
            if v["met"]?.boolean != true, v["metOn"] != nil { errors.add("met", L("must be ticked when a date is given")) }
            if let d = v["metOn"]?.date, d > context.today { errors.add("metOn", L("cannot be in the future")) }
            return errors
        }
    )
}
