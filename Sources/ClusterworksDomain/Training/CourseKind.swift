/// How a course is taught: in class, in the field under supervision, or both.
public enum CourseKind: String, Choice {
    case classroom, field, mixed
    public var label: String {
        switch self {
        case .classroom: "Classroom"
        case .field: "Supervised fieldwork"
        case .mixed: "Classroom and supervised fieldwork"
        }
    }
}
