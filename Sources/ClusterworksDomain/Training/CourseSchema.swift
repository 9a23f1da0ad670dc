/// A broker course (the cluster broker course: two weeks in class, six weeks of supervised
/// fieldwork), its modules, and the attendance a certificate needs.
public enum CourseSchema {
    public static let schema = RecordSchema(
        type: .course,
        fields: [
            FieldRule("title", "Title", .text(maxLength: 200), required: true),
            FieldRule("kind", "Kind", .choice(CourseKind.options), required: true),
            FieldRule("brokerKind", "For", .choice(BrokerKind.options), help: "The kind of broker the course trains"),
            FieldRule("hours", "Hours", .integer(1...5000)),
            FieldRule("modules", "Modules", .textList(maxItems: 40, maxLength: 160), required: true, help: "One per line; attendance is taken per module"),
            FieldRule("attendanceThreshold", "Attendance needed for a certificate (%)", .integer(1...100), required: true),
            FieldRule("certifyingBody", "Certifying body", .text(maxLength: 200)),
            FieldRule("description", "Description", .longText(maxLength: 4000)),
        ]
    )
}
