// swift-tools-version:6.2
// libFuzzer targets, kept out of the main package so `swift build` and `swift test` never see them.
// Build and run them with scripts/fuzz (it passes -sanitize=fuzzer,address and -parse-as-library).
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let core = Target.Dependency.product(name: "DocketCore", package: "docket")

let package = Package(
    name: "docket-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "docket", path: "..")],
    targets: [
        .executableTarget(name: "FuzzXML", dependencies: [core], swiftSettings: strictSwift),
        .executableTarget(name: "FuzzNormalizers", dependencies: [core], swiftSettings: strictSwift),
        .executableTarget(name: "FuzzTextFields", dependencies: [core], swiftSettings: strictSwift),
    ]
)
