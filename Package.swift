// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]
/// Generic code (the searcher over any `Problem` and generator) specialised in the modules that
/// use it: without this, `Search`'s optimisers run unspecialised from the CLI, several times slower.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Coforge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "coforge", targets: ["coforge"]),
        .executable(name: "coforge-bench", targets: ["CoforgeBench"]),
        .library(name: "NetworkIR", targets: ["NetworkIR"]),
        .library(name: "ModelZoo", targets: ["ModelZoo"]),
        .library(name: "SearchSpaces", targets: ["SearchSpaces"]),
        .library(name: "Platform", targets: ["Platform"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Search", targets: ["Search"]),
        .library(name: "SearchStudies", targets: ["SearchStudies"]),
        .library(name: "CostModels", targets: ["CostModels"]),
        .library(name: "Profiling", targets: ["Profiling"]),
        .library(name: "CoDesign", targets: ["CoDesign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // On Linux GRDB links the system SQLite (Debian's libsqlite3-dev).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Hardware profiles are YAML; CostModels walks Yams' node tree with its own validating decoder.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries (Debian packages; pkg-config names `openblas` and `hwloc`).
        .systemLibrary(
            name: "COpenBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]),
        .systemLibrary(
            name: "CHwloc", pkgConfig: "hwloc",
            providers: [.apt(["libhwloc-dev"]), .brew(["hwloc"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng16", providers: [.apt(["libpng-dev"])]),
        // libjpeg calls guarded by setjmp/longjmp in C, so fatal errors never unwind Swift frames.
        .target(name: "CSystem"),
        .target(name: "CImageCodecs", dependencies: ["CJPEG"]),
        // The Engine's convolution kernels, compiled per instruction set and chosen at run time.
        .target(name: "CKernels", cSettings: [.unsafeFlags(["-O3"])]),

        .target(
            name: "Platform", dependencies: ["COpenBLAS", "CHwloc", "CZlib", "CJPEG", "CPNG", "CSystem", "CImageCodecs"],
            swiftSettings: strict),
        .target(name: "Randomness", swiftSettings: strict + crossModule),
        // Imports no other module of ours: it sees only a `Problem`.
        .target(name: "Search", swiftSettings: strict + crossModule),
        // The study store: SQLite through GRDB, so `Search` itself stays free of storage.
        .target(
            name: "SearchStudies",
            dependencies: ["Search", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(name: "NetworkIR", swiftSettings: strict),
        .target(name: "ModelZoo", dependencies: ["NetworkIR"], swiftSettings: strict),
        .target(
            name: "CostModels", dependencies: ["NetworkIR", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "SearchSpaces", dependencies: ["NetworkIR", "ModelZoo", "Randomness"],
            swiftSettings: strict),
        .target(
            name: "Engine", dependencies: ["NetworkIR", "Platform", "Randomness", "CKernels"],
            swiftSettings: strict),
        // Micro-benchmarks, fitted latency models and few-shot calibration.
        .target(
            name: "Profiling", dependencies: ["NetworkIR", "CostModels", "Engine", "Platform", "SearchSpaces", "Randomness"],
            swiftSettings: strict),
        // Hardware knobs composed with a network space, priced by a cost model with area.
        .target(
            name: "CoDesign", dependencies: ["NetworkIR", "SearchSpaces", "CostModels", "Search"],
            swiftSettings: strict + crossModule),
        .executableTarget(
            name: "coforge",
            dependencies: [
                "NetworkIR", "ModelZoo", "SearchSpaces", "Randomness", "Engine", "Platform", "Search", "SearchStudies",
                "CostModels", "Profiling", "CoDesign", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "CoforgeBench",
            dependencies: [
                "NetworkIR", "ModelZoo", "Engine", "Platform", "Randomness", "Search", "SearchSpaces", "CostModels", "Profiling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/CoforgeBench",
            swiftSettings: strict),

        .testTarget(name: "PlatformTests", dependencies: ["Platform"], swiftSettings: strict),
        .testTarget(name: "RandomnessTests", dependencies: ["Randomness"], swiftSettings: strict),
        .testTarget(name: "NetworkIRTests", dependencies: ["NetworkIR"], swiftSettings: strict),
        .testTarget(name: "ModelZooTests", dependencies: ["ModelZoo"], swiftSettings: strict),
        .testTarget(
            name: "CostModelsTests", dependencies: ["CostModels", "NetworkIR", "ModelZoo", "Randomness"],
            swiftSettings: strict),
        .testTarget(
            name: "SearchSpacesTests", dependencies: ["SearchSpaces", "Randomness"],
            swiftSettings: strict),
        .testTarget(
            name: "EngineTests", dependencies: ["Engine", "NetworkIR", "ModelZoo", "Randomness", "Platform"],
            swiftSettings: strict),
        .testTarget(
            name: "ProfilingTests",
            dependencies: ["Profiling", "NetworkIR", "ModelZoo", "SearchSpaces", "Randomness", "CostModels", "Engine"],
            swiftSettings: strict),
        .testTarget(
            name: "CoDesignTests", dependencies: ["CoDesign", "SearchSpaces", "CostModels", "NetworkIR", "Search", "Randomness"],
            swiftSettings: strict),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Randomness"], swiftSettings: strict),
        .testTarget(name: "CoforgeCLITests", dependencies: ["coforge", "CostModels"], swiftSettings: strict),
        // A child process for the kill and two-process tests: a study on a toy problem.
        .executableTarget(
            name: "StudyFixture",
            dependencies: [
                "Search", "SearchStudies", "Randomness",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tests/Fixtures/StudyFixture",
            swiftSettings: strict),
        .testTarget(
            name: "SearchStudiesTests",
            dependencies: [
                "SearchStudies", "Search", "Randomness", "StudyFixture",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
