/// A genome of real genes in [0, 1].
struct RealVector: Hashable, Codable, Sendable {
    var values: [Double]
}
