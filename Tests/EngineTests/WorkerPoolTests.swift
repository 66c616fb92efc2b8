import Testing
@testable import Engine
import Synchronization

@Suite("Worker pool and work splits")
struct WorkerPoolTests {
    /// Counts how often each piece ran.
    final class Hits: Sendable {
        let counts: Mutex<[Int]>
        init(_ count: Int) { counts = Mutex([Int](repeating: 0, count: count)) }
        func hit(_ i: Int) { counts.withLock { $0[i] += 1 } }
        var all: [Int] { counts.withLock { $0 } }
    }

    @Test("every piece runs exactly once", arguments: [1, 2, 3, 8], [1, 2, 5, 64, 1000])
    func everyPieceOnce(workers: Int, count: Int) {
        let hits = Hits(count)
        runPieces(count, workers: workers) { hits.hit($0) }
        #expect(hits.all == [Int](repeating: 1, count: count))
    }

    @Test("a phased job runs every piece once, the second phase only after the whole first",
          arguments: [1, 2, 3], [(0, 5), (1, 1), (1, 9), (4, 12), (7, 7)])
    func phasedPieces(workers: Int, shape: (first: Int, count: Int)) {
        let hits = Hits(shape.count)
        // Each piece records how many first-phase pieces had finished when it started.
        let finishedAtStart = Hits(shape.count)
        let finished = Mutex(0)
        runPhasedPieces(shape.count, first: shape.first, workers: workers) { i in
            let done = finished.withLock { $0 }
            for _ in 0..<done { finishedAtStart.hit(i) }
            hits.hit(i)
            if i < shape.first { finished.withLock { $0 += 1 } }
        }
        #expect(hits.all == [Int](repeating: 1, count: shape.count))
        for i in shape.first..<shape.count { #expect(finishedAtStart.all[i] == shape.first, "piece \(i)") }
    }

    @Test("a call from inside a piece runs on that thread, and each inner piece once")
    func nestedCalls() {
        let hits = Hits(6 * 7)
        runPieces(6, workers: 3) { outer in
            runPieces(7, workers: 3) { inner in hits.hit(outer * 7 + inner) }
        }
        #expect(hits.all == [Int](repeating: 1, count: 42))
    }

    @Test("callers on several threads at once each get all their pieces")
    func concurrentCallers() async {
        let hits = Hits(8 * 200)
        await withTaskGroup(of: Void.self) { group in
            for caller in 0..<8 {
                group.addTask {
                    for round in 0..<20 {
                        runPieces(10, workers: 2) { hits.hit(caller * 200 + round * 10 + $0) }
                    }
                }
            }
        }
        #expect(hits.all == [Int](repeating: 1, count: 1600))
    }

    @Test("a 1x1 split covers every output channel and position exactly once",
          arguments: [(1, 23, 143), (1, 45, 49), (1, 1280, 49), (1, 24, 12544), (1, 8, 20), (3, 11, 50), (1, 64, 196)],
          [1, 2, 3, 4])
    func pointwiseSplitCovers(shape: (units: Int, outChannels: Int, positions: Int), workers: Int) {
        let split = PointwiseSplit(units: shape.units, outChannels: shape.outChannels, positions: shape.positions, workers: workers)
        var covered = [Int](repeating: 0, count: shape.outChannels * shape.positions)
        for part in 0..<split.parts {
            let positions = split.positions(part)
            for c in split.channels(part) {
                for p in positions { covered[c * shape.positions + p] += 1 }
            }
            #expect(positions.isEmpty || positions.lowerBound % 16 == 0)
            #expect(split.channels(part).isEmpty || split.channels(part).lowerBound % 8 == 0)
        }
        #expect(covered.allSatisfy { $0 == 1 })
        #expect(split.parts <= max(workers, 1))
        if shape.units < workers && shape.outChannels * shape.positions >= 64 * 16 * workers {
            #expect(split.parts == workers, "a large single image is split across every worker")
        }
    }
}
