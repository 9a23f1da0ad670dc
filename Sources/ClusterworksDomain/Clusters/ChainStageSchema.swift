/// One stage of the cluster's value chain as the diagnostic found it, with its bottlenecks.
public enum ChainStageSchema {
    public static let schema = RecordSchema(
        type: .chainStage,
        fields: [
            FieldRule("diagnosticId", "Diagnostic", .reference(.diagnostic), required: true),
            FieldRule("position", "Position in the chain", .integer(1...50), required: true, help: "1 for the first stage (inputs)"),
            FieldRule("name", "Stage", .text(maxLength: 160), required: true, help: "e.g. Milk collection"),
            FieldRule("actors", "Who works at this stage", .longText(maxLength: 2000)),
            FieldRule("actorIds", "Organisations at this stage", .references(.actor), help: "Groups the network analysis by stage of the value chain"),
            FieldRule("bottlenecks", "Bottlenecks", .textList(maxItems: 30, maxLength: 400), help: "One per line"),
        ]
    )
}
