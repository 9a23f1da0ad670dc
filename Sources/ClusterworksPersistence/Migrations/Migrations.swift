import FluentKit

/// Every migration, in order. Numbered by position: append, never reorder, never edit one that has
/// been released — a change to the schema is a new migration with its revert (see the README).
public enum ClusterworksMigrations {
    public static let all: [any Migration] = [
        CreateAccounts(),
        CreateRegistries(),
        CreateHistory(),
        CreateClusterCycle(),
        CreateNetworkWork(),
        CreateSupplierDevelopment(),
        CreateClusterMaps(),
        RepairEditedMigrations(),
        AddSearchKeys(),
        MoveIdListsToJoinTables(),
        AddNetworkAnalyses(),
        AddBreakdownDimensions(),
        AddFigureApproval(),
        AddReportingPeriods(),
        AddIATIFields(),
        AddIndicatorProposals(),
        AddFigureRatios(),
        CreateBrokersAndCooperation(),
        AddTranslatedAnalysisPages(),
    ]
}
