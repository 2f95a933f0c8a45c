internal import CPoppler

/// Turns an owned `gchar*` into a String and frees it, so no call site can forget the `g_free`.
func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    let string = String(cString: pointer)
    return string.isEmpty ? nil : string
}

/// The one place a `GError**` becomes a thrown Swift error; the GError is always freed.
func withGError<T>(
    _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> T?,
    mapError: (_ domain: GQuark, _ code: Int32, _ message: String) -> PDFError
) throws(PDFError) -> T {
    var error: UnsafeMutablePointer<GError>?
    let result = body(&error)
    if let error {
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        throw mapError(error.pointee.domain, error.pointee.code, message)
    }
    guard let result else { throw mapError(0, -1, "the library reported failure without a reason") }
    return result
}

/// Walks a GList without taking ownership of it.
func forEach(in list: UnsafeMutablePointer<GList>?, _ body: (gpointer) -> Void) {
    var node = list
    while let current = node {
        if let data = current.pointee.data { body(data) }
        node = current.pointee.next
    }
}
