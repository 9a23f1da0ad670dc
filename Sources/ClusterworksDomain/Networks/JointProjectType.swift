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

    public var label: String {
        switch self {
        case .bulkPurchasing: "Bulk purchasing"
        case .inputShop: "Shared input shop"
        case .catalogueOrBrand: "Common catalogue or brand"
        case .tradeFair: "Trade fair"
        case .qualityControl: "Common product specifications and quality control"
        case .sharedWorkshop: "Shared workshop or equipment"
        case .jointExport: "Joint export"
        case .sellingPoint: "Joint selling point"
        case .training: "Training"
        case .credit: "Access to credit"
        }
    }
}

/// Pilot projects are short and low-risk, to build trust; strategic ones are longer term.
public enum JointProjectScale: String, Choice {
    case pilot, strategic
    public var label: String { self == .pilot ? "Pilot" : "Strategic" }
}

public enum JointProjectStatus: String, Choice {
    case planned
    case inProgress = "in_progress"
    case completed, abandoned
    public var label: String {
        switch self {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .completed: "Completed"
        case .abandoned: "Abandoned"
        }
    }
}
