/// Distance indicators of an approximation set A against a reference front Z (minimised
/// objectives).
public enum GenerationalDistance {
    /// IGD (Coello & Reyes Sierra 2004): the mean over z ∈ Z of the Euclidean distance from z
    /// to the nearest a ∈ A.
    /// - Complexity: O(|Z| |A| m).
    public static func inverted(_ approximation: [[Double]], reference: [[Double]]) -> Double {
        mean(over: reference, approximation) { a, z in
            var sum = 0.0
            for k in a.indices { sum += (a[k] - z[k]) * (a[k] - z[k]) }
            return sum
        }
    }

    /// IGD+ (Ishibuchi, Masuda, Tanigaki & Nojima 2015, "Modified distance calculation in
    /// generational distance and inverted generational distance"): as IGD with the distance
    /// d⁺(z, a) = √Σₖ max(aₖ − zₖ, 0)², which counts only where a is worse than z; weakly
    /// Pareto-compliant.
    /// - Complexity: O(|Z| |A| m).
    public static func invertedPlus(_ approximation: [[Double]], reference: [[Double]]) -> Double {
        mean(over: reference, approximation) { a, z in
            var sum = 0.0
            for k in a.indices {
                let excess = max(a[k] - z[k], 0)
                sum += excess * excess
            }
            return sum
        }
    }

    /// Mean over `reference` of the square root of the smallest `squaredDistance` to a point of
    /// `approximation` (infinity if `approximation` is empty).
    private static func mean(
        over reference: [[Double]], _ approximation: [[Double]], squaredDistance: ([Double], [Double]) -> Double
    ) -> Double {
        guard !approximation.isEmpty else { return .infinity }
        guard !reference.isEmpty else { return 0 }
        let total = reference.reduce(0.0) { sum, z in
            sum + approximation.map { squaredDistance($0, z) }.min()!.squareRoot()
        }
        return total / Double(reference.count)
    }
}
