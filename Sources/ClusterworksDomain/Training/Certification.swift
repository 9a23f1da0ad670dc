import Foundation

/// A course's certificate needs the attendance the course asks for and a passed assessment, after
/// the cohort has ended.
public enum Certification {
    /// Modules attended that are the course's, as a share of its modules, 0…1.
    public static func attendance(_ attended: [String], of modules: [String]) -> Double {
        guard !modules.isEmpty else { return 0 }
        let course = Set(modules.map(Self.key))
        return Double(Set(attended.map(Self.key)).intersection(course).count) / Double(course.count)
    }

    /// Problems with a participant's record against the course: modules the course does not have,
    /// and a certification without what it needs.
    public static func check(_ v: RecordValues, modules: [String], threshold: Int, cohortEnds: CalendarDate) -> ValidationErrors {
        var errors = ValidationErrors()
        let attended = v["attendedModules"]?.list ?? []
        let unknown = attended.filter { !Set(modules.map(Self.key)).contains(Self.key($0)) }
        if !unknown.isEmpty { errors.add("attendedModules", L("names modules the course does not have: \(unknown.joined(separator: ", "))")) }
        guard v["certification"]?.text == CertificationStatus.certified.rawValue else { return errors }
        let share = attendance(attended, of: modules)
        if share * 100 + 1e-9 < Double(threshold) {
            errors.add("certification", L("needs \(threshold) % attendance; the participant attended \(Int((share * 100).rounded())) % (\(Int((share * Double(modules.count)).rounded())) of \(modules.count) modules)"))
        }
        if v["assessment"]?.text != AssessmentResult.passed.rawValue { errors.add("assessment", L("must be passed for a certification")) }
        if let on = v["certifiedOn"]?.date, on < cohortEnds { errors.add("certifiedOn", L("cannot be before the cohort ends (\(cohortEnds))")) }
        return errors
    }

    static func key(_ module: String) -> String { module.trimmingCharacters(in: .whitespaces).lowercased() }
}
