/// The OECD DAC 5-digit purpose code a project reports under: what a funder's statistics count it as.
public enum DACSector: String, Choice {
    case smeDevelopment = "32130"
    case businessDevelopmentServices = "25030"
    case cottageIndustries = "32140"

    public var label: Phrase {
        switch self {
        case .smeDevelopment: L("32130 Small and medium-sized enterprises (SME) development")
        case .businessDevelopmentServices: L("25030 Business development services")
        case .cottageIndustries: L("32140 Cottage industries and handicraft")
        }
    }
}
