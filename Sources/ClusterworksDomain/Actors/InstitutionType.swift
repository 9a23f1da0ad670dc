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

    public var label: String {
        switch self {
        case .bdsProvider: "Business development service provider"
        case .businessAssociation: "Business association"
        case .chamber: "Chamber"
        case .cooperative: "Cooperative"
        case .ngo: "NGO"
        case .governmentAgency: "Government agency"
        case .financialInstitution: "Financial institution"
        case .university: "University or research centre"
        case .trainingInstitute: "Training institute"
        case .laboratory: "Testing or metrology laboratory"
        case .donor: "Donor or international organisation"
        }
    }
}
