// swift-tools-version:6.1
import PackageDescription

/// One set of compiler settings for every target (Swift 6 mode is the package default).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "roamwire",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "roamwire", targets: ["Host"]),
        .library(name: "PlatformCore", targets: ["PlatformCore"]),
        .library(name: "PlatformHTTP", targets: ["PlatformHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // MARK: Core

        /** Domain model, ports, events, central services, plugin API and store API. Knows no protocol. */
        .target(
            name: "PlatformCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /** The HTTP edge shared by everything that serves HTTP: request context, auth, route contribution. */
        .target(
            name: "PlatformHTTP",
            dependencies: [
                "PlatformCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Stores

        /** The embedded store: GRDB over one SQLite file, WAL mode, versioned migrations, outbox. */
        .target(
            name: "StoreSQLite",
            dependencies: [
                "PlatformCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Protocol adapters

        /** OCPI 2.2.1 adapter. */
        .target(
            name: "ProtocolOCPI",
            dependencies: [
                "PlatformCore", "PlatformHTTP",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /** OICP 2.3 adapter (Hubject). */
        .target(
            name: "ProtocolOICP",
            dependencies: ["PlatformCore", "PlatformHTTP"],
            swiftSettings: swiftSettings
        ),

        // MARK: Roles

        /** What a charge point operator does: publishes our network. */
        .target(name: "RoleCPO", dependencies: ["PlatformCore"], swiftSettings: swiftSettings),
        /** What an e-mobility service provider does: issues our drivers' tokens. */
        .target(name: "RoleEMSP", dependencies: ["PlatformCore"], swiftSettings: swiftSettings),

        // MARK: Integrator plugins

        /** Example integrator plugin: POSTs every domain event to a URL, through the durable outbox. */
        .target(
            name: "WebhookNotifier",
            dependencies: [
                "PlatformCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Plugins/WebhookNotifier",
            swiftSettings: swiftSettings
        ),

        // MARK: Host

        /** Wiring: config, plugin registry, listeners, operator API, lifecycle, CLI commands. */
        .target(
            name: "HostKit",
            dependencies: [
                "PlatformCore", "PlatformHTTP", "StoreSQLite", "ProtocolOCPI", "ProtocolOICP",
                "RoleCPO", "RoleEMSP", "WebhookNotifier",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        /** The `roamwire` executable: a thin `@main` over HostKit. */
        .executableTarget(
            name: "Host",
            dependencies: ["HostKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),

        // MARK: Test support

        /** Test-only helpers built from real parts: temp dirs, throw-away certificates, the real binary. */
        .target(
            name: "RoamwireTesting",
            dependencies: [
                "PlatformCore", "StoreSQLite",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests

        .testTarget(
            name: "PlatformCoreTests",
            dependencies: [
                "PlatformCore", "RoamwireTesting", "StoreSQLite",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StoreSQLiteTests",
            dependencies: [
                "StoreSQLite", "PlatformCore", "RoamwireTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebhookNotifierTests",
            dependencies: [
                "WebhookNotifier", "PlatformCore", "StoreSQLite", "RoamwireTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ProtocolOCPI", "PlatformCore", "RoamwireTesting", "StoreSQLite",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HostTests",
            dependencies: [
                "HostKit", "PlatformCore", "RoamwireTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProtocolOCPITests",
            dependencies: ["ProtocolOCPI", "PlatformCore", "RoamwireTesting"],
            swiftSettings: swiftSettings
        ),
    ]
)
