/// How a course is taught: in class, in the field under supervision, or both.
public enum CourseKind: String, Choice {
    case classroom, field, mixed
    public var label: Phrase {
        switch self {
        case .classroom: L("Classroom")
        case .field: L("Supervised fieldwork")
        case .mixed: L("Classroom and supervised fieldwork")
        }
    }
}
