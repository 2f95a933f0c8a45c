import Foundation
import DocketCore

/// Arbitrary bytes through the XML layer and the XML extraction route, as `docket extract` runs them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    FuzzEntry.xml(data)
    return 0
}
