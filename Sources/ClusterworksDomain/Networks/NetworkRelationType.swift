/// How a network reaches beyond itself (Senegal: associations and policy; Zimbabwe: services).
public enum NetworkRelationType: String, Choice {
    case strengthensAssociation = "strengthens_association"
    case formsAssociation = "forms_association"
    case organisesServiceDemand = "organises_service_demand"
    case feedsPolicyDialogue = "feeds_policy_dialogue"

    public var label: String {
        switch self {
        case .strengthensAssociation: "Strengthens the association"
        case .formsAssociation: "Forms the association"
        case .organisesServiceDemand: "Organises demand for business services from"
        case .feedsPolicyDialogue: "Feeds policy dialogue with"
        }
    }
}

public enum NetworkRelationSchema {
    public static let schema = RecordSchema(
        type: .networkRelation,
        fields: [
            FieldRule("type", "Relation", .choice(NetworkRelationType.options), required: true),
            FieldRule("actorId", "With", .reference(.actor), required: true, help: "The association, service provider or public body"),
            FieldRule("since", "Since", .date),
            FieldRule("description", "What it involves", .longText(maxLength: 4000)),
        ]
    )
}
