/// Points on the unit simplex {w ≥ 0, Σ w = 1} that spread a many-objective search: NSGA-III
/// keeps one niche per direction, and DTLZ fronts are sampled along them.
public struct ReferenceDirections: Codable, Sendable, Hashable {
    public let dimension: Int
    /// `count × dimension` values, row by row.
    public let values: [Double]

    public init(dimension: Int, values: [Double]) {
        precondition(dimension > 0 && values.count % dimension == 0)
        self.dimension = dimension
        self.values = values
    }

    public var count: Int { values.count / dimension }
    public var points: [[Double]] { (0..<count).map { Array(values[($0 * dimension)..<(($0 + 1) * dimension)]) } }

    /// Das & Dennis 1998 ("Normal-boundary intersection"): every w with components in
    /// {0, 1/H, …, 1} summing to 1; C(H + M − 1, M − 1) points for M = `dimension`,
    /// H = `partitions`.
    /// - Complexity: O(M · count).
    public static func dasDennis(dimension: Int, partitions: Int) -> ReferenceDirections {
        precondition(dimension > 0 && partitions >= 0)
        if dimension == 1 { return ReferenceDirections(dimension: 1, values: [1]) }
        var values: [Double] = []
        var current = Array(repeating: 0, count: dimension)
        func fill(_ position: Int, _ left: Int) {
            if position == dimension - 1 {
                current[position] = left
                values.append(contentsOf: current.map { Double($0) / Double(max(partitions, 1)) })
                return
            }
            for share in stride(from: left, through: 0, by: -1) {
                current[position] = share
                fill(position + 1, left - share)
            }
        }
        fill(0, partitions)
        return ReferenceDirections(dimension: dimension, values: values)
    }

    /// Deb & Jain 2014's two layers for many objectives: a boundary layer of H₁ partitions
    /// and an inner layer of H₂ partitions shrunk halfway to the centre, w ↦ (w + 1/M)/2.
    public static func twoLayer(dimension: Int, outerPartitions: Int, innerPartitions: Int) -> ReferenceDirections {
        let outer = dasDennis(dimension: dimension, partitions: outerPartitions)
        let centre = 1 / Double(dimension)
        let inner = dasDennis(dimension: dimension, partitions: innerPartitions).values.map { ($0 + centre) / 2 }
        return ReferenceDirections(dimension: dimension, values: outer.values + inner)
    }

    /// The largest Das–Dennis set of at most `limit` points, or, when that set would have no
    /// interior point (H < M, as for 8 or more objectives at usual population sizes), the
    /// largest two-layer set of at most `limit` points.
    public static func fitting(dimension: Int, atMost limit: Int) -> ReferenceDirections {
        precondition(dimension > 0 && limit >= dimension, "need room for at least the \(dimension) axes")
        var partitions = 1
        while simplexPointCount(dimension, partitions + 1) <= limit { partitions += 1 }
        if partitions >= dimension || dimension <= 2 {
            return dasDennis(dimension: dimension, partitions: partitions)
        }
        var best = (outer: partitions, inner: 0, size: simplexPointCount(dimension, partitions))
        for outer in 1...partitions {
            var inner = 1
            while inner <= outer
                && simplexPointCount(dimension, outer) + simplexPointCount(dimension, inner) <= limit {
                let size = simplexPointCount(dimension, outer) + simplexPointCount(dimension, inner)
                if size > best.size { best = (outer, inner, size) }
                inner += 1
            }
        }
        return best.inner == 0
            ? dasDennis(dimension: dimension, partitions: best.outer)
            : twoLayer(dimension: dimension, outerPartitions: best.outer, innerPartitions: best.inner)
    }

    /// C(H + M − 1, M − 1).
    public static func simplexPointCount(_ dimension: Int, _ partitions: Int) -> Int {
        var result = 1
        for i in 1..<max(dimension, 1) { result = result * (partitions + i) / i }
        return result
    }
}
