import Dispatch
import Foundation
import Synchronization

/// Runs work on `width` threads of this process and hands the results back on the caller's thread in the order
/// the work was added, so output stays byte-identical to a serial run. At most `2 * width` results wait at once:
/// a slow document holds back delivery, not memory. Width 1 runs each piece of work at once on the caller's
/// thread, with no threads started.
///
/// Threads rather than Swift concurrency: the callers are synchronous commands streaming to stdout, and every
/// stage below is synchronous C-library work that would block the cooperative pool's threads anyway.
final class OrderedPool<Output: Sendable> {
    private let width: Int
    private let queue: WorkQueue
    private var waiting: [ResultSlot<Output>] = []
    private var head = 0
    private var started = false

    init(width: Int) {
        self.width = max(1, width)
        queue = WorkQueue()
    }

    deinit { queue.close(workers: started ? width : 0) }

    /// Work for a worker thread.
    func add(_ work: @escaping @Sendable () -> Output) {
        let slot = ResultSlot<Output>()
        waiting.append(slot)
        guard width > 1 else { return slot.fill(work()) }
        startWorkersOnce()
        queue.push { slot.fill(work()) }
    }

    /// A result the caller computed itself (input only its thread may read, such as stdin), kept in order.
    func add(finished value: Output) {
        let slot = ResultSlot<Output>()
        slot.fill(value)
        waiting.append(slot)
    }

    /// Delivers every result that is ready in order, waiting only while more than `2 * width` are outstanding.
    func deliverReady(_ deliver: (Output) throws -> Void) rethrows {
        while head < waiting.count {
            let outstanding = waiting.count - head
            let slot = waiting[head]
            guard let value = outstanding > 2 * width ? slot.wait() : slot.valueIfReady else { break }
            try pass(value, to: deliver)
        }
    }

    /// Delivers every remaining result in order, waiting for each.
    func deliverAll(_ deliver: (Output) throws -> Void) rethrows {
        while head < waiting.count {
            try pass(waiting[head].wait(), to: deliver)
        }
    }

    private func pass(_ value: Output, to deliver: (Output) throws -> Void) rethrows {
        head += 1
        // Delivered slots go in batches, so the array does not grow with the length of a long batch.
        if head >= 64 && head * 2 >= waiting.count {
            waiting.removeFirst(head)
            head = 0
        }
        try deliver(value)
    }

    private func startWorkersOnce() {
        guard !started else { return }
        started = true
        for _ in 0..<width {
            let queue = queue
            let thread = Thread { queue.runUntilClosed() }
            // Deep agreement parses recurse; the default 512 KiB of a secondary thread is less than the main
            // thread's 8 MiB that serial runs have always had.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}

/// One result, filled once by a worker and read by the caller.
private final class ResultSlot<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let filled = DispatchSemaphore(value: 0)

    func fill(_ result: Value) {
        value.withLock { $0 = result }
        filled.signal()
    }

    var valueIfReady: Value? { value.withLock { $0 } }

    func wait() -> Value {
        while true {
            if let ready = valueIfReady { return ready }
            filled.wait()
        }
    }
}

/// Jobs waiting for a worker thread; a nil job tells one worker to stop.
private final class WorkQueue: Sendable {
    private let jobs = Mutex<(items: [(@Sendable () -> Void)?], head: Int)>(([], 0))
    private let available = DispatchSemaphore(value: 0)

    func push(_ job: (@Sendable () -> Void)?) {
        jobs.withLock { $0.items.append(job) }
        available.signal()
    }

    func close(workers: Int) {
        for _ in 0..<workers { push(nil) }
    }

    func runUntilClosed() {
        while true {
            available.wait()
            let job = jobs.withLock { state -> (@Sendable () -> Void)? in
                let job = state.items[state.head]
                state.head += 1
                if state.head >= 64 && state.head * 2 >= state.items.count {
                    state.items.removeFirst(state.head)
                    state.head = 0
                }
                return job
            }
            guard let job else { return }
            job()
        }
    }
}
