/// A broker course (the cluster broker course: two weeks in class, six weeks of supervised
/// fieldwork), its modules, and the attendance a certificate needs.
public enum CourseSchema {
    public static let schema = RecordSchema(
        type: .course,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("kind", L("Kind"), .choice(CourseKind.options), required: true),
            FieldRule("brokerKind", L("For"), .choice(BrokerKind.options), help: L("The kind of broker the course trains")),
            FieldRule("hours", L("Hours"), .integer(1...5000)),
            FieldRule("modules", L("Modules"), .textList(maxItems: 40, maxLength: 160), required: true, help: L("One per line; attendance is taken per module")),
            FieldRule("attendanceThreshold", L("Attendance needed for a certificate (%)"), .integer(1...100), required: true),
            FieldRule("certifyingBody", L("Certifying body"), .text(maxLength: 200)),
            FieldRule("description", L("Description"), .longText(maxLength: 4000)),
        ]
    )
}
