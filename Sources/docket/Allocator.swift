#if canImport(Glibc)
import Glibc

/// Tunes mimalloc, which release builds on Linux link in place of glibc's malloc (see Package.swift).
///
/// mimalloc keeps freed pages committed for 25 ms before returning them, which is why a 1,500-page agreement
/// stayed resident at about 160 MB with a heap peak of 86 MB: its phases free tens of MB and allocate again
/// within that window. A 5 ms delay brings it to about 135 MB and costs the 224-filing throughput run nothing
/// measurable; 0 ms gives 127 MB but slows that run by a third (decision 0011).
///
/// mimalloc reads `MIMALLOC_DECOMMIT_DELAY` before `main`, so a value set there wins and is left alone. The
/// function is looked up at run time because debug builds allocate with glibc and have no such symbol; there the
/// call does nothing.
enum Allocator {
    static let decommitDelayMilliseconds = 5

    /// `mi_option_decommit_delay`'s slot in `mi_option_t`, the same from mimalloc 2.0 (where it has this name) to
    /// 2.1 (where it is `mi_option_purge_delay`, the old name kept as an alias). Other majors are left alone.
    private static let decommitDelaySlot: Int32 = 15
    private static let supportedMajorVersion = 2

    static func configure() {
        guard Environment.value("MIMALLOC_DECOMMIT_DELAY") == nil,
              let versionSymbol = dlsym(nil, "mi_version"),
              let setSymbol = dlsym(nil, "mi_option_set") else { return }
        typealias Version = @convention(c) () -> Int32
        typealias OptionSet = @convention(c) (Int32, Int) -> Void
        let version = unsafeBitCast(versionSymbol, to: Version.self)()
        guard Int(version) / 100 == supportedMajorVersion else { return }
        unsafeBitCast(setSymbol, to: OptionSet.self)(decommitDelaySlot, decommitDelayMilliseconds)
    }
}
#else
enum Allocator {
    static func configure() {}
}
#endif
