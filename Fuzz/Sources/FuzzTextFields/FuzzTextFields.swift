import CFuzzer
import Foundation
import DocketCore

/// Text lines (a form feed starts a new page) through the PDF text route and the record builder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzEntry.textFields(data)
    return 0
}

/// The entry SwiftPM links in place of `main` (see CFuzzer.h).
@_cdecl("FuzzTextFields_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOne)
}
