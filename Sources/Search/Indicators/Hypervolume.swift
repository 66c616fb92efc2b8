/// The hypervolume indicator (Zitzler & Thiele 1998): the Lebesgue measure of the region that
/// a set of points dominates and that is bounded by a reference point, all objectives
/// minimised. Points not strictly better than the reference in every objective add nothing.
/// The result is exact (up to floating-point rounding) in every dimension.
public enum Hypervolume {
    /// Hypervolume of `points` (each with `reference.count` minimised values).
    /// - Complexity: O(n log n) for two and three objectives (sweep; HV3D, Beume, Fonseca,
    ///   López-Ibáñez, Paquete & Vahrenhold 2009); for four or more, WFG (While, Bradstreet &
    ///   Barone 2012), exponential in the number of objectives in the worst case.
    public static func of(_ points: [[Double]], reference: [Double]) -> Double {
        precondition(points.allSatisfy { $0.count == reference.count }, "points and reference differ in dimension")
        return of(flat: points.flatMap { $0 }, reference: reference)
    }

    /// Hypervolume of the points stored row by row in `flat`.
    public static func of(flat: [Double], reference: [Double]) -> Double {
        let d = reference.count
        precondition(d > 0 && flat.count % d == 0)
        var inside: [Double] = []
        inside.reserveCapacity(flat.count)
        for start in stride(from: 0, to: flat.count, by: d) {
            var strictlyBetter = true
            for k in 0..<d where !(flat[start + k] < reference[k]) { strictlyBetter = false; break }
            if strictlyBetter { inside.append(contentsOf: flat[start..<(start + d)]) }
        }
        if inside.isEmpty { return 0 }
        switch d {
        case 1: return reference[0] - inside.min()!
        case 2: return twoDimensional(inside, reference: reference)
        case 3: return threeDimensional(inside, reference: reference)
        default: return wfg(inside, reference: reference)
        }
    }

    /// HV(true front) − HV(front): how much of the attainable hypervolume `front` misses.
    public static func regret(of front: [[Double]], trueFront: [[Double]], reference: [Double]) -> Double {
        of(trueFront, reference: reference) - of(front, reference: reference)
    }

    /// Sweep along x: each point better in y than all before it adds the strip it alone covers.
    /// - Complexity: O(n log n).
    static func twoDimensional(_ p: [Double], reference r: [Double]) -> Double {
        let n = p.count / 2
        let order = (0..<n).sorted { a, b in
            let xa: Double = p[2 * a], xb: Double = p[2 * b]
            return xa < xb || (xa == xb && p[2 * a + 1] < p[2 * b + 1])
        }
        var volume = 0.0, lowestY = r[1]
        for i in order where p[2 * i + 1] < lowestY {
            volume += (r[0] - p[2 * i]) * (lowestY - p[2 * i + 1])
            lowestY = p[2 * i + 1]
        }
        return volume
    }

    /// HV3D: sweep along z; between consecutive z the dominated slice is the area of the
    /// two-dimensional staircase of the points seen so far, kept in a balanced tree.
    /// - Complexity: O(n log n).
    static func threeDimensional(_ p: [Double], reference r: [Double]) -> Double {
        let n = p.count / 3
        let byZ = p.withUnsafeBufferPointer { RadixOrder.ascending($0, stride: 3, offset: 2) }
        return withUnsafeTemporaryAllocation(of: Staircase.Node.self, capacity: n) { storage in
            var staircase = Staircase(referenceX: r[0], referenceY: r[1], storage: storage.baseAddress!)
            var volume = 0.0, z = p[3 * Int(byZ[0]) + 2]
            for index in byZ {
                let i = 3 * Int(index)
                volume += staircase.area * (p[i + 2] - z)
                z = p[i + 2]
                staircase.insert(p[i], p[i + 1])
            }
            return volume + staircase.area * (r[2] - z)
        }
    }
}
