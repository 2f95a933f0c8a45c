@testable import DocketCore
import Foundation
import Synchronization
import Testing

@Suite("OrderedPool: work on threads, results in the order added")
struct OrderedPoolTests {
    /// Later work finishes first (earlier items sleep longer), so only the pool's ordering can put them back.
    @Test(arguments: [1, 2, 4])
    func resultsComeBackInTheOrderAddedWhateverOrderTheyFinish(width: Int) {
        let pool = OrderedPool<Int>(width: width)
        var delivered: [Int] = []
        for index in 0..<40 {
            pool.add {
                usleep(UInt32((40 - index) % 7) * 300)
                return index
            }
            pool.deliverReady { delivered.append($0) }
        }
        pool.deliverAll { delivered.append($0) }
        #expect(delivered == Array(0..<40))
    }

    @Test func finishedValuesKeepTheirPlaceAmongThreadedWork() {
        let pool = OrderedPool<String>(width: 2)
        var delivered: [String] = []
        pool.add { usleep(20_000); return "slow file" }
        pool.add(finished: "stdin")
        pool.add { "fast file" }
        pool.deliverReady { delivered.append($0) }
        pool.deliverAll { delivered.append($0) }
        #expect(delivered == ["slow file", "stdin", "fast file"])
    }

    @Test func widthOneRunsEachPieceOfWorkAtOnceOnTheCallersThread() {
        let pool = OrderedPool<Bool>(width: 1)
        var delivered: [Bool] = []
        let caller = pthread_self()
        pool.add { pthread_equal(pthread_self(), caller) != 0 }
        pool.deliverReady { delivered.append($0) }
        #expect(delivered == [true], "ready when add returned, computed on the caller's thread")
    }

    /// A producer that is far ahead of the workers waits, so results held in memory stay bounded.
    @Test func outstandingResultsStayBoundedByTwiceTheWidth() {
        let pool = OrderedPool<Int>(width: 2)
        let running = Mutex(0)
        let mostAtOnce = Mutex(0)
        var outstanding = 0
        var mostOutstanding = 0
        for index in 0..<30 {
            pool.add {
                let now = running.withLock { $0 += 1; return $0 }
                mostAtOnce.withLock { $0 = max($0, now) }
                usleep(2_000)
                running.withLock { $0 -= 1 }
                return index
            }
            outstanding += 1
            pool.deliverReady { _ in outstanding -= 1 }
            mostOutstanding = max(mostOutstanding, outstanding)
        }
        pool.deliverAll { _ in outstanding -= 1 }
        #expect(outstanding == 0)
        #expect(mostOutstanding <= 4)
        #expect(mostAtOnce.withLock { $0 } <= 2, "never more threads at work than the width")
    }
}
