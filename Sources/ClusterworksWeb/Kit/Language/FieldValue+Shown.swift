import ClusterworksDomain

extension FieldValue {
    /// The value as a reader sees it: numbers and dates in their locale, yes and no in their language.
    /// Forms and files keep `display`, which programs and inputs read back.
    var shown: String {
        let wording = Wording.current
        switch self {
        case .integer(let v): return wording.integer(v)
        case .decimal(let v): return wording.number(v, digits: 6)
        case .date(let v): return wording.date(v.description)
        case .boolean(let v): return (v ? L("yes") : L("no")).said
        default: return display
        }
    }
}
