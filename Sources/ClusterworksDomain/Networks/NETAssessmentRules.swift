/// What an assessment must respect beyond its own fields: the programme's scale and the network's life.
public enum NETAssessmentRules {
    public static func check(_ v: RecordValues, scale: NETScale, formedOn: CalendarDate?, dissolvedOn: CalendarDate?) -> ValidationErrors {
        var errors = ValidationErrors()
        for i in NETIndicator.allCases {
            if let s = v[i.scoreKey]?.integer, !scale.contains(s) { errors.add(i.scoreKey, L("must be between \(scale.min) and \(scale.max)")) }
        }
        if let d = v["assessedOn"]?.date {
            if let formedOn, d < formedOn { errors.add("assessedOn", L("is before the network was formed (\(formedOn))")) }
            if let dissolvedOn, d > dissolvedOn { errors.add("assessedOn", L("is after the network was dissolved (\(dissolvedOn))")) }
        }
        return errors
    }

    public static func scores(_ v: RecordValues) -> [NETIndicator: Double] {
        var out: [NETIndicator: Double] = [:]
        for i in NETIndicator.allCases { if let s = v[i.scoreKey]?.integer { out[i] = Double(s) } }
        return out
    }
}
