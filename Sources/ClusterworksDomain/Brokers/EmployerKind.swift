/// Who pays a broker: first the project, later a local institution that takes the function over.
public enum EmployerKind: String, Choice {
    case project
    case institution
    case other
    public var label: String {
        switch self {
        case .project: "The project"
        case .institution: "A local institution (agency, association, NGO, foundation)"
        case .other: "Elsewhere"
        }
    }
}
