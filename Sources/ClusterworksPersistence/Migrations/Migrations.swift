import FluentKit

/// Every migration, in order. Numbered by position: append, never reorder.
public enum ClusterworksMigrations {
    public static let all: [any Migration] = [
        CreateAccounts(),
        CreateRegistries(),
        CreateHistory(),
        CreateClusterCycle(),
        CreateNetworkWork(),
        CreateSupplierDevelopment(),
        CreateClusterMaps(),
        AddSearchKeys(),
    ]
}
