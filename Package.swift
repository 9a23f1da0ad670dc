// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "clusterworks",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "clusterworks", targets: ["clusterworks"]),
        .executable(name: "analytics-bench", targets: ["AnalyticsBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        // The OpenAPI document as typed values; external loading (a slower build) is not needed to write one.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0", traits: []),
        // Workbooks (.xlsx) are zip archives: written with a maintained zip library, not by hand.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(name: "ClusterworksDomain"),
        // Pure Swift, no web or database. Optimised in debug builds too, so `swift run clusterworks analyze …`
        // runs at release speed while the rest of the app keeps fast debug rebuilds.
        .target(
            name: "ClusterworksAnalytics",
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .executableTarget(name: "AnalyticsBench", dependencies: ["ClusterworksAnalytics"], path: "Benchmarks/AnalyticsBench"),
        .target(
            name: "ClusterworksPersistence",
            dependencies: [
                "ClusterworksDomain",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        // One file per workflow: who acts, the database and today's date in, a checked write out. No Vapor.
        .target(
            name: "ClusterworksWorkflows",
            dependencies: [
                "ClusterworksDomain",
                "ClusterworksPersistence",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .target(
            name: "ClusterworksWeb",
            dependencies: [
                "ClusterworksDomain",
                "ClusterworksPersistence",
                "ClusterworksWorkflows",
                "ClusterworksAnalytics",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "clusterworks",
            dependencies: ["ClusterworksWeb", .product(name: "Vapor", package: "vapor")]
        ),
        .testTarget(name: "ClusterworksDomainTests", dependencies: ["ClusterworksDomain"]),
        .testTarget(name: "ClusterworksAnalyticsTests", dependencies: ["ClusterworksAnalytics"]),
        .testTarget(
            name: "ClusterworksWebTests",
            dependencies: [
                "ClusterworksWeb",
                "ClusterworksPersistence",
                "ClusterworksWorkflows",
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ]
        ),
    ]
)
