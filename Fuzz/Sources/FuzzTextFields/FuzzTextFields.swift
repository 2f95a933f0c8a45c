import Foundation
import DocketCore

/// Text lines (a form feed starts a new page) through the PDF text route and the record builder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextFields(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    FuzzEntry.textFields(data)
    return 0
}
