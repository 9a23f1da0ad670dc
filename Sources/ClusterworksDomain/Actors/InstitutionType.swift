public enum InstitutionType: String, Choice {
    case bdsProvider = "bds_provider"
    case businessAssociation = "business_association"
    case chamber
    case cooperative
    case ngo
    case governmentAgency = "government_agency"
    case financialInstitution = "financial_institution"
    case university
    case trainingInstitute = "training_institute"
    case laboratory
    case donor

    public var label: Phrase {
        switch self {
        case .bdsProvider: L("Business development service provider")
        case .businessAssociation: L("Business association")
        case .chamber: L("Chamber")
        case .cooperative: L("Cooperative")
        case .ngo: L("NGO")
        case .governmentAgency: L("Government agency")
        case .financialInstitution: L("Financial institution")
        case .university: L("University or research centre")
        case .trainingInstitute: L("Training institute")
        case .laboratory: L("Testing or metrology laboratory")
        case .donor: L("Donor or international organisation")
        }
    }
}
