import NetworkIR
import Randomness
@testable import Profiling
import SearchSpaces
import Testing

/// The prior sampling keeps, of several drawn networks, the one that adds the largest share of
/// kernel configurations not yet timed in place.
@Suite struct KernelCampaignCoverageTests {
    static let shape = TensorShape(channels: 8, height: 14, width: 14)
    static func conv(_ out: Int, kernel: Int = 3) -> KernelConfiguration {
        KernelConfiguration(operation: .conv2d(Conv2D(outChannels: out, kernel: Size2(kernel, kernel))), inputShapes: [shape],
                            fusedActivation: .relu)
    }
    static let pool = KernelConfiguration(operation: .maxPool(Pool2D(kernel: 2, stride: 2)), inputShapes: [shape])

    struct Case: Sendable, CustomTestStringConvertible {
        var candidates: [[KernelConfiguration]]
        var timed: [KernelConfiguration]
        var expected: Int
        var testDescription: String
    }

    static let cases = [
        Case(candidates: [[conv(8)]], timed: [conv(8)], expected: 0, testDescription: "a single candidate"),
        Case(candidates: [[conv(8), pool], [conv(16), pool]], timed: [conv(8)], expected: 1, testDescription: "1/2 new against 2/2"),
        Case(candidates: [[conv(8), conv(16), conv(24)], [conv(32)]], timed: [conv(8)], expected: 1,
             testDescription: "a share, not a count: 2/3 new against 1/1"),
        Case(candidates: [[conv(8)], [conv(16)], [conv(24)]], timed: [], expected: 0, testDescription: "ties: the first"),
        Case(candidates: [[pool, pool, pool, conv(8)], [conv(8), conv(16), conv(24)]], timed: [conv(8)], expected: 1,
             testDescription: "repeats count once: 1/2 new (not 3/4) against 2/3"),
        Case(candidates: [[], [pool]], timed: [], expected: 1, testDescription: "an empty candidate never wins"),
    ]

    @Test(arguments: cases) func mostNovel(_ testCase: Case) {
        let timed = Set(testCase.timed)
        #expect(KernelCampaign.mostNovel(testCase.candidates) { timed.contains($0) } == testCase.expected)
    }

    /// Over a small space, coverage-steered draws time more distinct configurations in place
    /// than as many plain draws (seeded: the same draws feed both).
    @Test func steeredDrawsCoverMoreConfigurations() throws {
        let space = try #require(SearchSpaceCatalog.space(named: "tinycnn-28"))
        var generator = SeededGenerator(seed: 7)
        var plain: Set<KernelConfiguration> = [], steered: Set<KernelConfiguration> = []
        for _ in 0..<40 {
            let drawn = try (0..<8).map { _ in KernelConfiguration.executed(in: try space.network(for: space.sample(using: &generator))).compactMap { $0 } }
            plain.formUnion(drawn[0])
            let chosen = KernelCampaign.mostNovel(drawn) { steered.contains($0) }
            steered.formUnion(drawn[chosen])
        }
        #expect(steered.count > plain.count)
    }
}
