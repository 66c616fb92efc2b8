import Foundation
import CostModels
import Randomness
import Testing

/// The planners on the vectors of TensorFlow Lite Micro's `greedy_memory_planner_test.cc` and on
/// seeded random buffer sets.
@Suite struct MemoryPlannerTests {
    static func buffers(_ specs: [(size: Int, first: Int, last: Int)]) -> [BufferRequest] {
        specs.enumerated().map { BufferRequest(name: "b\($0)", sizeBytes: $1.size, firstStep: $1.first, lastStep: $1.last) }
    }

    struct Vector: Sendable, CustomTestStringConvertible {
        var specs: [Spec]
        var greedyOffsets: [Int]?
        var peakBytes: Int
        var testDescription: String { specs.map { "(\($0.size),\($0.first),\($0.last))" }.joined() }
        struct Spec: Sendable { var size, first, last: Int }
        var requests: [BufferRequest] { MemoryPlannerTests.buffers(specs.map { ($0.size, $0.first, $0.last) }) }
    }

    static let vectors: [Vector] = [
        Vector(specs: [.init(size: 10, first: 0, last: 1), .init(size: 20, first: 2, last: 3)], greedyOffsets: [0, 0], peakBytes: 20),
        Vector(specs: [.init(size: 10, first: 0, last: 1), .init(size: 20, first: 1, last: 2), .init(size: 30, first: 2, last: 3),
                       .init(size: 40, first: 3, last: 4), .init(size: 50, first: 0, last: 1)],
               greedyOffsets: [50, 70, 40, 0, 0], peakBytes: 90),
        Vector(specs: [.init(size: 100, first: 0, last: 1), .init(size: 50, first: 2, last: 3), .init(size: 20, first: 1, last: 2)],
               greedyOffsets: [0, 0, 100], peakBytes: 120),
    ]

    @Test(arguments: vectors)
    func tflmVectors(_ vector: Vector) {
        let greedy = GreedyBySizePlanner.plan(vector.requests)
        #expect(greedy.arenaBytes == vector.peakBytes)
        if let offsets = vector.greedyOffsets { #expect(greedy.buffers.map(\.offsetBytes) == offsets) }
        #expect(greedy.firstCollision() == nil)
        let ours = ArenaPlanner().plan(vector.requests)
        #expect(ours.arenaBytes <= greedy.arenaBytes)
        #expect(ours.firstCollision() == nil)
    }

    @Test func lowerBoundIsTheMostBytesLiveAtOneStep() {
        #expect(Self.buffers([(10, 0, 1), (20, 2, 3)]).liveBytesLowerBound == 20)
        #expect(Self.buffers([(10, 0, 1), (20, 1, 2), (30, 2, 3), (40, 3, 4), (50, 0, 1)]).liveBytesLowerBound == 80)
        #expect(Self.buffers([(100, 0, 1), (50, 2, 3), (20, 1, 2)]).liveBytesLowerBound == 120)
        #expect([BufferRequest]().liveBytesLowerBound == 0)
    }

    /// The second TFLM vector: greedy needs 90, the optimum is the lower bound 80
    /// (e.g. 50 at 0, 10 at 50, 20 at 60, 30 at 0, 40 at 30).
    @Test func oursReachesTheOptimumWhereGreedyDoesNot() {
        let requests = Self.vectors[1].requests
        let plan = ArenaPlanner().plan(requests)
        #expect(plan.arenaBytes == 80)
        #expect(plan.isOptimal)
        #expect(plan.firstCollision() == nil)
    }

    static func randomRequests(_ g: inout SeededGenerator, count: Int, steps: Int) -> [BufferRequest] {
        (0..<count).map { i in
            let first = Int.random(in: 0..<steps, using: &g)
            let last = min(steps - 1, first + Int.random(in: 0...3, using: &g))
            return BufferRequest(name: "r\(i)", sizeBytes: 16 * Int.random(in: 1...64, using: &g), firstStep: first, lastStep: last)
        }
    }

    /// The best first-fit placement over all n! orders: the optimum (see `FirstFitPlacement`).
    static func bruteForceArena(_ requests: [BufferRequest]) -> Int {
        var best = Int.max
        var order = Array(requests.indices)
        func permute(_ k: Int) {
            if k == order.count {
                let plan = MemoryPlan(requests: requests, offsets: Self.firstFit(requests, order), strategy: "brute")
                best = min(best, plan.arenaBytes)
                return
            }
            for i in k..<order.count {
                order.swapAt(k, i)
                permute(k + 1)
                order.swapAt(k, i)
            }
        }
        permute(0)
        return best
    }

    /// A plain first-fit over all offsets 0, 1, 2, … (independent of the planners' code).
    static func firstFit(_ requests: [BufferRequest], _ order: [Int]) -> [Int] {
        var offsets = [Int](repeating: -1, count: requests.count)
        for i in order {
            var offset = 0
            while let blocker = order.first(where: { j in
                offsets[j] >= 0 && requests[j].overlapsInTime(requests[i])
                    && offsets[j] < offset + requests[i].sizeBytes && offset < offsets[j] + requests[j].sizeBytes
            }) {
                offset = offsets[blocker] + requests[blocker].sizeBytes
            }
            offsets[i] = offset
        }
        return offsets
    }

    @Test func randomSetsNeverOverlapAndSitBetweenTheBoundAndGreedy() {
        var g = SeededGenerator(seed: 6)
        for round in 0..<200 {
            let requests = Self.randomRequests(&g, count: Int.random(in: 1...40, using: &g), steps: 12)
            let greedy = GreedyBySizePlanner.plan(requests)
            let ours = ArenaPlanner(workBudget: 200_000).plan(requests)
            #expect(greedy.firstCollision() == nil, "round \(round): greedy")
            #expect(ours.firstCollision() == nil, "round \(round): ours")
            #expect(ours.arenaBytes <= greedy.arenaBytes, "round \(round)")
            #expect(ours.arenaBytes >= ours.lowerBoundBytes, "round \(round)")
        }
    }

    @Test func smallRandomSetsReachTheBruteForceOptimum() {
        var g = SeededGenerator(seed: 7)
        var belowGreedy = 0
        for round in 0..<150 {
            let requests = Self.randomRequests(&g, count: Int.random(in: 2...7, using: &g), steps: 5)
            let optimum = Self.bruteForceArena(requests)
            let ours = ArenaPlanner().plan(requests)
            #expect(ours.arenaBytes == optimum, "round \(round): \(requests)")
            #expect(optimum >= requests.liveBytesLowerBound)
            if optimum == requests.liveBytesLowerBound { #expect(ours.isOptimal) }
            if ours.arenaBytes < GreedyBySizePlanner.plan(requests).arenaBytes { belowGreedy += 1 }
        }
        #expect(belowGreedy > 0, "greedy was optimal on every small set: the test would not tell the planners apart")
    }

    @Test func planRoundTripsThroughJSON() throws {
        let plan = ArenaPlanner().plan(Self.vectors[1].requests)
        let data = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(MemoryPlan.self, from: data) == plan)
    }
}
