// swift-tools-version:6.2
import PackageDescription

/// Our own Swift targets share one strict setting set; dependencies keep theirs.
let strictSwift: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "docket",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "docket", targets: ["docket"]),
        .library(name: "DocketCore", targets: ["DocketCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The two C modules. Only DocketPDF and DocketXML may import them.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "DocketPDF", dependencies: ["CPoppler"], swiftSettings: strictSwift),
        .target(name: "DocketXML", dependencies: ["CLibXML2"], swiftSettings: strictSwift),
        .target(
            name: "DocketCore",
            dependencies: [
                "DocketPDF",
                "DocketXML",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift,
            // Release builds allocate with mimalloc: glibc's malloc and free were about a tenth of extraction time
            // (docs/decisions/0013). Debug and sanitizer builds keep the system allocator.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(
            name: "DocketPDFTests",
            dependencies: ["DocketPDF", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSwift
        ),
        .testTarget(name: "DocketXMLTests", dependencies: ["DocketXML"], swiftSettings: strictSwift),
        .testTarget(name: "DocketCoreTests", dependencies: ["DocketCore"], swiftSettings: strictSwift),
        .testTarget(name: "DocketCLITests", dependencies: ["docket"], swiftSettings: strictSwift),
    ]
)
