/// How a participant's assessment at the end of a course came out.
public enum AssessmentResult: String, Choice {
    case pending, passed, failed
    public var label: Phrase {
        switch self {
        case .pending: L("Not yet assessed")
        case .passed: L("Passed")
        case .failed: L("Not passed")
        }
    }
}

/// Whether a participant holds the course's certificate.
public enum CertificationStatus: String, Choice {
    case notYet = "not_yet"
    case certified
    public var label: Phrase { self == .certified ? L("Certified") : L("Not yet certified") }
}
