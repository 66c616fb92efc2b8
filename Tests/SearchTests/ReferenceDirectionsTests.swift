import Testing
@testable import Search

@Suite struct ReferenceDirectionsTests {
    @Test(arguments: [(3, 12, 91), (3, 15, 136), (5, 6, 210), (2, 99, 100), (4, 1, 4)])
    func dasDennisCountsAndSimplex(dimension: Int, partitions: Int, count: Int) {
        let directions = ReferenceDirections.dasDennis(dimension: dimension, partitions: partitions)
        #expect(directions.count == count)
        #expect(Set(directions.points).count == count)
        for w in directions.points {
            #expect(abs(w.reduce(0, +) - 1) < 1e-12 && w.allSatisfy { $0 >= 0 })
        }
    }

    @Test func twoLayerForManyObjectives() {
        // Deb & Jain 2014, Table I: 8 objectives with H₁ = 3, H₂ = 2 give 120 + 36 = 156.
        let directions = ReferenceDirections.twoLayer(dimension: 8, outerPartitions: 3, innerPartitions: 2)
        #expect(directions.count == 156)
        for w in directions.points.suffix(36) {
            #expect(abs(w.reduce(0, +) - 1) < 1e-12 && w.allSatisfy { $0 >= 1.0 / 16 - 1e-12 })
        }
        let fitted = ReferenceDirections.fitting(dimension: 8, atMost: 160)
        #expect(fitted.count == 156)
        #expect(ReferenceDirections.fitting(dimension: 3, atMost: 100).count == 91)
    }
}
