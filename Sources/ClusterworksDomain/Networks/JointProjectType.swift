/// What a network's members do together.
public enum JointProjectType: String, Choice {
    case bulkPurchasing = "bulk_purchasing"
    case inputShop = "input_shop"
    case catalogueOrBrand = "catalogue_or_brand"
    case tradeFair = "trade_fair"
    case qualityControl = "quality_control"
    case sharedWorkshop = "shared_workshop"
    case jointExport = "joint_export"
    case sellingPoint = "selling_point"
    case training
    case credit

    public var label: Phrase {
        switch self {
        case .bulkPurchasing: L("Bulk purchasing")
        case .inputShop: L("Shared input shop")
        case .catalogueOrBrand: L("Common catalogue or brand")
        case .tradeFair: L("Trade fair")
        case .qualityControl: L("Common product specifications and quality control")
        case .sharedWorkshop: L("Shared workshop or equipment")
        case .jointExport: L("Joint export")
        case .sellingPoint: L("Joint selling point")
        case .training: L("Training")
        case .credit: L("Access to credit")
        }
    }
}

/// Pilot projects are short and low-risk, to build trust; strategic ones are longer term.
public enum JointProjectScale: String, Choice {
    case pilot, strategic
    public var label: Phrase { self == .pilot ? L("Pilot") : L("Strategic") }
}

public enum JointProjectStatus: String, Choice {
    case planned
    case inProgress = "in_progress"
    case completed, abandoned
    public var label: Phrase {
        switch self {
        case .planned: L("Planned")
        case .inProgress: L("In progress")
        case .completed: L("Completed")
        case .abandoned: L("Abandoned")
        }
    }
}
