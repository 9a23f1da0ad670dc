/// An actor is an organisation: an enterprise or a support institution.
public enum ActorKind: String, Choice {
    case enterprise, institution
    public var label: String { self == .enterprise ? "Enterprise" : "Institution" }
}
