import Foundation

/// The process environment, one variable at a time.
enum Environment {
    /// Read with `getenv`: `ProcessInfo`'s `environment` copies every variable into a new dictionary each time it
    /// is asked, which was a measurable part of start-up.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
