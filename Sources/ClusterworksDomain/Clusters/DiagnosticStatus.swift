/// A diagnostic is drafted by the broker, then validated with the stakeholders; validated ones are frozen.
public enum DiagnosticStatus: String, Choice {
    case draft, validated
    public var label: Phrase { self == .draft ? L("Draft") : L("Validated") }
}
