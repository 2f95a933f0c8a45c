import CFuzzer
import Foundation
import DocketCore

/// Arbitrary bytes through the XML layer and the XML extraction route, as `docket extract` runs them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzEntry.xml(data)
    return 0
}

/// The entry SwiftPM links in place of `main` (see CFuzzer.h).
@_cdecl("FuzzXML_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOne)
}
