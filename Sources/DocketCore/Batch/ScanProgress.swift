import Foundation
import Synchronization

/// Progress of a scan on stderr: a bar redrawn in place on a terminal, plain periodic lines otherwise (logs, CI).
public final class ScanProgress: Sendable {
    public enum Style: Sendable {
        /// Redraws one line with a carriage return, at most ten times a second.
        case bar
        /// One line whenever `every` has passed since the last one (zero: after every file).
        case lines(every: Duration)
    }

    private struct State {
        var done = 0
        var failed = 0
        var lastDrawn: ContinuousClock.Instant?
    }

    private let total: Int
    private let style: Style
    private let write: @Sendable (String) -> Void
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    public init(total: Int, style: Style, write: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.style = style
        self.write = write
    }

    /// Counts one finished file.
    public func advance(failed: Bool) {
        let now = ContinuousClock.now
        let text: String? = state.withLock { state in
            state.done += 1
            if failed { state.failed += 1 }
            let interval: Duration
            switch style {
            case .bar: interval = .milliseconds(100)
            case .lines(let every): interval = every
            }
            let due = state.lastDrawn.map { now - $0 >= interval } ?? true
            guard due || state.done == total else { return nil }
            state.lastDrawn = now
            return render(state, now: now)
        }
        if let text { write(text) }
    }

    /// Ends the display: the bar's line is closed so later output starts on a fresh line.
    public func finish() {
        if case .bar = style { write("\n") }
    }

    private func render(_ state: State, now: ContinuousClock.Instant) -> String {
        let elapsed = Self.seconds(now - started)
        let rate = elapsed > 0 ? Double(state.done) / elapsed : 0
        let eta = rate > 0 ? Double(total - state.done) / rate : 0
        let counts = "\(state.done)/\(total) files, \(Self.format(rate)) files/s, ETA \(Self.clock(eta)), "
            + "\(state.failed) failed"
        switch style {
        case .bar:
            let width = 24
            let filled = total > 0 ? width * state.done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            // \r and "erase line" redraw in place.
            return "\r\u{1B}[K[\(bar)] \(counts)"
        case .lines:
            return "docket: scan: \(counts)\n"
        }
    }

    /// A duration as fractional seconds, for rates and reports.
    public static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func format(_ rate: Double) -> String {
        String(format: rate >= 10 ? "%.0f" : "%.1f", rate)
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
