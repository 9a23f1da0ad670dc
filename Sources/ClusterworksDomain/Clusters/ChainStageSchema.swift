/// One stage of the cluster's value chain as the diagnostic found it, with its bottlenecks.
public enum ChainStageSchema {
    public static let schema = RecordSchema(
        type: .chainStage,
        fields: [
            FieldRule("diagnosticId", L("Diagnostic"), .reference(.diagnostic), required: true),
            FieldRule("position", L("Position in the chain"), .integer(1...50), required: true, help: L("1 for the first stage (inputs)")),
            FieldRule("name", L("Stage"), .text(maxLength: 160), required: true, help: L("e.g. Milk collection")),
            FieldRule("actors", L("Who works at this stage"), .longText(maxLength: 2000)),
            FieldRule("actorIds", L("Organisations at this stage"), .references(.actor), help: L("Groups the network analysis by stage of the value chain")),
            FieldRule("bottlenecks", L("Bottlenecks"), .textList(maxItems: 30, maxLength: 400), help: L("One per line")),
        ]
    )
}
