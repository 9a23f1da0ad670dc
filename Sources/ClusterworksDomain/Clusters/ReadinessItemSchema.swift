/// One condition the local institution must meet before it takes over.
public enum ReadinessItemSchema {
    public static let schema = RecordSchema(
        type: .readinessItem,
        fields: [
            FieldRule("item", "Condition", .text(maxLength: 300), required: true, help: "e.g. Field worker trained on the job"),
            FieldRule("met", "Met", .boolean, required: true),
            FieldRule("metOn", "Met on", .date),
            FieldRule("evidence", "Evidence", .longText(maxLength: 2000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if v["met"]?.boolean == true, v["metOn"] == nil { errors.add("metOn", "is required when the condition is met") }
            if v["met"]?.boolean != true, v["metOn"] != nil { errors.add("met", "must be ticked when a date is given") }
            if let d = v["metOn"]?.date, d > context.today { errors.add("metOn", "cannot be in the future") }
            return errors
        }
    )
}
