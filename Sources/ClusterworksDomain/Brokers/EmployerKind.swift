/// Who pays a broker: first the project, later a local institution that takes the function over.
public enum EmployerKind: String, Choice {
    case project
    case institution
    case other
    public var label: Phrase {
        switch self {
        case .project: L("The project")
        case .institution: L("A local institution (agency, association, NGO, foundation)")
        case .other: L("Elsewhere")
        }
    }
}
