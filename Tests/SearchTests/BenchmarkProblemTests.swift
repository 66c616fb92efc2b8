import Foundation
import Testing
@testable import Search

@Suite struct BenchmarkProblemTests {
    /// A Pareto-optimal x: g's variables at their optimum, the position variables `position`.
    static func optimal(_ problem: some BenchmarkProblem, position: [Double], rest: Double) -> [Double] {
        position + Array(repeating: rest, count: problem.variableCount - position.count)
    }

    @Test func zdtOptimaLieOnTheFront() {
        for variant in [ZDT.Variant.one, .two, .three] {
            let problem = ZDT(variant)
            for f1 in stride(from: 0.0, through: 1, by: 0.125) {
                let f = problem.values(of: Self.optimal(problem, position: [f1], rest: 0)).objectives
                let expected: Double = switch variant {
                case .one: 1 - f1.squareRoot()
                case .two: 1 - f1 * f1
                case .three: 1 - f1.squareRoot() - f1 * sin(10 * .pi * f1)
                }
                #expect(f[0] == f1 && abs(f[1] - expected) < 1e-12)
            }
        }
        // Off the front, g > 1 raises f₂: ZDT1 at x = (0.25, 1, …, 1): g = 10, f₂ = 10(1 − √0.025).
        let f = ZDT(.one).values(of: [0.25] + Array(repeating: 1, count: 29)).objectives
        #expect(abs(f[1] - 10 * (1 - 0.025.squareRoot())) < 1e-12)
    }

    @Test func dtlzOptimaLieOnTheFront() {
        let one = DTLZ(.one), two = DTLZ(.two)
        #expect(one.variableCount == 7 && two.variableCount == 12)
        for (a, b) in [(0.0, 0.0), (0.3, 0.8), (1.0, 0.5)] {
            let f1 = one.values(of: Self.optimal(one, position: [a, b], rest: 0.5)).objectives
            #expect(abs(f1.reduce(0, +) - 0.5) < 1e-12)
            let f2 = two.values(of: Self.optimal(two, position: [a, b], rest: 0.5)).objectives
            #expect(abs(f2.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        }
        // DTLZ1 with its five g variables at 0: each adds (½)² − cos(−10π) = −¾, so
        // g = 100 (5 − 3.75) = 125, and x₁ = x₂ = 1 gives f = (½ · 126, 0, 0).
        #expect(abs(one.values(of: [1, 1] + Array(repeating: 0, count: 5)).objectives[0] - 63) < 1e-9)
    }

    @Test func trueFrontsMatchPymooSampling() {
        #expect(ZDT(.one).trueFront().count == 100)
        #expect(ZDT(.three).trueFront().count == 100)
        #expect(DTLZ(.two).trueFront().count == 136)
        for point in DTLZ(.one).trueFront() { #expect(abs(point.reduce(0, +) - 0.5) < 1e-12) }
        // ZDT3's pieces are disconnected: f₁ jumps between pieces.
        let f1 = ZDT(.three).trueFront().map { $0[0] }
        #expect(zip(f1, f1.dropFirst()).filter { $1 - $0 > 0.05 }.count == 4)
    }

    @Test func constrainedFrontsAreFeasible() {
        let c1 = ConstrainedDTLZ1()
        #expect(c1.constraintCount == 1)
        // DTLZ1's front satisfies C1 (f_M/0.6 + Σ fᵢ/0.5 ≤ 1 on Σ f = ½), a far point does not.
        let onFront = c1.values(of: Self.optimal(c1, position: [0.5, 0.5], rest: 0.5))
        #expect(onFront.constraints[0] <= 0)
        #expect(c1.values(of: Array(repeating: 0.9, count: 7)).constraints[0] > 0)
        let tnk = TNK()
        let front = tnk.trueFront()
        #expect(front.count > 1000)
        for x in front { #expect(tnk.values(of: x).constraints.allSatisfy { $0 <= 1e-9 }) }
    }

    @Test func catalogueNamesEveryProblem() throws {
        for name in BenchmarkProblems.names {
            let problem = try #require(BenchmarkProblems.named(name))
            #expect(problem.name == name)
        }
        #expect(BenchmarkProblems.named("zdt9") == nil)
    }

    @Test func keysAreEqualExactlyForEqualVectors() {
        let x = [0.1, 0.2, 0.3]
        #expect(GenomeKey.digest(x) == GenomeKey.digest([0.1, 0.2, 0.3]))
        #expect(GenomeKey.digest([0.0, 1]) == GenomeKey.digest([-0.0, 1]))
        #expect(GenomeKey.digest(x) != GenomeKey.digest([0.1, 0.2, 0.30000000000000004]))
        #expect(GenomeKey.digest(x) != GenomeKey.digest([0.2, 0.1, 0.3]))
        #expect(GenomeKey.digest(x).utf8.count == 13)
    }
}
