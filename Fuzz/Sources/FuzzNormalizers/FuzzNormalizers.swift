import Foundation
import DocketCore

/// The first byte picks a normalizer, the rest is its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizers(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    FuzzEntry.normalizers(data)
    return 0
}
