/// How a participant's assessment at the end of a course came out.
public enum AssessmentResult: String, Choice {
    case pending, passed, failed
    public var label: String {
        switch self {
        case .pending: "Not yet assessed"
        case .passed: "Passed"
        case .failed: "Not passed"
        }
    }
}

/// Whether a participant holds the course's certificate.
public enum CertificationStatus: String, Choice {
    case notYet = "not_yet"
    case certified
    public var label: String { self == .certified ? "Certified" : "Not yet certified" }
}
