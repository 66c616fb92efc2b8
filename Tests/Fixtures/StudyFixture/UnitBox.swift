import Search

/// The box [0, 1]^dimensions with its variation operators: arithmetic crossover (children
/// a·p + (1 − a)·q and (1 − a)·p + a·q for a uniform a) and per-gene uniform perturbation of
/// ±`mutationStep`, clamped to the box, applied to each gene with probability 1/dimensions.
struct UnitBox: Variation, Codable, Hashable {
    var dimensions: Int
    var mutationStep: Double

    func sample<R: RandomNumberGenerator>(using generator: inout R) -> RealVector {
        RealVector(values: (0..<dimensions).map { _ in Double.random(in: 0...1, using: &generator) })
    }

    /// The genes in shortest round-trip form: equal keys for equal genomes only.
    func key(of genome: RealVector) -> String {
        genome.values.map { "\($0)" }.joined(separator: ",")
    }

    func crossover<R: RandomNumberGenerator>(
        _ first: RealVector, _ second: RealVector, using generator: inout R
    ) -> (RealVector, RealVector) {
        let a = Double.random(in: 0...1, using: &generator)
        let pairs = zip(first.values, second.values)
        return (RealVector(values: pairs.map { a * $0 + (1 - a) * $1 }),
                RealVector(values: pairs.map { (1 - a) * $0 + a * $1 }))
    }

    func mutate<R: RandomNumberGenerator>(_ genome: RealVector, using generator: inout R) -> RealVector {
        let rate = 1 / Double(max(dimensions, 1))
        return RealVector(values: genome.values.map { value in
            guard Double.random(in: 0..<1, using: &generator) < rate else { return value }
            return min(max(value + Double.random(in: -mutationStep...mutationStep, using: &generator), 0), 1)
        })
    }
}
