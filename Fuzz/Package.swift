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
let driver = Target.Dependency.target(name: "CFuzzer")

let package = Package(
    name: "docket-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "docket", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(name: "FuzzXML", dependencies: [core, driver], swiftSettings: strictSwift),
        .executableTarget(name: "FuzzNormalizers", dependencies: [core, driver], swiftSettings: strictSwift),
        .executableTarget(name: "FuzzTextFields", dependencies: [core, driver], swiftSettings: strictSwift),
    ]
)
