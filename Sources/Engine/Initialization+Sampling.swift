import Foundation

extension Initialization {
    /// Draws `count` initial values.
    ///
    /// Normal variates use the Box–Muller transform on the generator's uniform doubles, so a seed
    /// fixes every weight.
    public func sample(count: Int, using generator: inout some RandomNumberGenerator) -> [Float] {
        switch self {
        case .constant(let value):
            return [Float](repeating: value, count: count)
        case .uniformFanIn(let fanIn):
            let bound = 1 / Double(max(fanIn, 1)).squareRoot()
            return (0..<count).map { _ in Float(Double.random(in: -bound...bound, using: &generator)) }
        case .xavierUniform(let fanIn, let fanOut):
            let bound = (6 / Double(max(fanIn + fanOut, 1))).squareRoot()
            return (0..<count).map { _ in Float(Double.random(in: -bound...bound, using: &generator)) }
        case .kaimingNormal(let fanIn):
            let std = (2 / Double(max(fanIn, 1))).squareRoot()
            var values: [Float] = []
            values.reserveCapacity(count + 1)
            while values.count < count {
                let u1 = Double.random(in: Double.ulpOfOne..<1, using: &generator)
                let u2 = Double.random(in: 0..<1, using: &generator)
                let radius = (-2 * log(u1)).squareRoot() * std
                values.append(Float(radius * cos(2 * Double.pi * u2)))
                values.append(Float(radius * sin(2 * Double.pi * u2)))
            }
            return Array(values.prefix(count))
        }
    }
}

