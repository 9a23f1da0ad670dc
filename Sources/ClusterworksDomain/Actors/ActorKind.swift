/// An actor is an organisation: an enterprise or a support institution.
public enum ActorKind: String, Choice {
    case enterprise, institution
    public var label: Phrase { self == .enterprise ? L("Enterprise") : L("Institution") }
}
