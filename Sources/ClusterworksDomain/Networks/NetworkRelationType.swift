/// How a network reaches beyond itself (Senegal: associations and policy; Zimbabwe: services).
public enum NetworkRelationType: String, Choice {
    case strengthensAssociation = "strengthens_association"
    case formsAssociation = "forms_association"
    case organisesServiceDemand = "organises_service_demand"
    case feedsPolicyDialogue = "feeds_policy_dialogue"

    public var label: Phrase {
        switch self {
        case .strengthensAssociation: L("Strengthens the association")
        case .formsAssociation: L("Forms the association")
        case .organisesServiceDemand: L("Organises demand for business services from")
        case .feedsPolicyDialogue: L("Feeds policy dialogue with")
        }
    }
}

public enum NetworkRelationSchema {
    public static let schema = RecordSchema(
        type: .networkRelation,
        fields: [
            FieldRule("type", L("Relation"), .choice(NetworkRelationType.options), required: true),
            FieldRule("actorId", L("With"), .reference(.actor), required: true, help: L("The association, service provider or public body")),
            FieldRule("since", L("Since"), .date),
            FieldRule("description", L("What it involves"), .longText(maxLength: 4000)),
        ]
    )
}
