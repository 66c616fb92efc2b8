/// Inverse-distance weighting (Shepard, ACM National Conference 1968) of the log residuals of
/// the k nearest measured kernels, in feature space standardised by each feature's standard
/// deviation over the points (features constant over the points are ignored).
///
/// With distances dᵢ of the k nearest points, the residual is Σ wᵢ rᵢ / (Σ wᵢ + 1) with
/// wᵢ = 1 / dᵢ²: the extra weight 1 is a pseudo-point of residual 0 at one standard deviation,
/// which shrinks the correction toward the baseline as the neighbours get far. A point at
/// distance 0 (the same kernel shape) gives its own residual (the mean, if several); with k = 0
/// only such exact matches correct the baseline (a lookup table with the baseline as fallback).
public struct NeighbourInterpolation: Sendable {
    public let points: [KernelPoint]
    /// Each feature's standard deviation over the points; infinite (ignored) when constant.
    public let scales: [Double]

    public init(points: [KernelPoint]) {
        self.points = points
        let n = Double(points.count)
        let width = points.map(\.features.count).min() ?? 0
        scales = (0..<width).map { j in
            let mean = points.reduce(0) { $0 + $1.features[j] } / n
            let variance = points.reduce(0) { $0 + ($1.features[j] - mean) * ($1.features[j] - mean) } / n
            return variance > 1e-12 ? variance.squareRoot() : .infinity
        }
    }

    /// The interpolated log residual at features `x`, leaving out point `excluded` (for
    /// leave-one-out errors).
    ///
    /// - Complexity: O(points × (features + k)).
    public func logResidual(at x: [Double], neighbours k: Int, excluding excluded: Int? = nil) -> Double {
        let k = max(0, k)
        var nearest: [(squaredDistance: Double, residual: Double)] = []
        nearest.reserveCapacity(k + 1)
        var exactSum = 0.0, exactCount = 0
        for (i, point) in points.enumerated() where i != excluded {
            var squared = 0.0
            for j in scales.indices where scales[j].isFinite {
                let z = (x[j] - point.features[j]) / scales[j]
                squared += z * z
            }
            if squared < 1e-12 {
                exactSum += point.logResidual
                exactCount += 1
            } else if k > 0, nearest.count < k || squared < nearest[nearest.count - 1].squaredDistance {
                let at = nearest.firstIndex { $0.squaredDistance > squared } ?? nearest.count
                nearest.insert((squared, point.logResidual), at: at)
                if nearest.count > k { nearest.removeLast() }
            }
        }
        if exactCount > 0 { return exactSum / Double(exactCount) }
        var weighted = 0.0, total = 1.0
        for neighbour in nearest {
            weighted += neighbour.residual / neighbour.squaredDistance
            total += 1 / neighbour.squaredDistance
        }
        return weighted / total
    }
}
