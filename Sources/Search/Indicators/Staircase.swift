/// A two-dimensional non-dominated staircase for HV3D: points (x, y) kept sorted by x (so y
/// falls as x grows) in a treap (Seidel & Aragon 1996) stored in flat arrays, with the area
/// they dominate up to a reference corner maintained incrementally.
struct Staircase {
    private var x: [Double] = []
    private var y: [Double] = []
    private var left: [Int32] = []
    private var right: [Int32] = []
    private var priority: [UInt32] = []
    private var root: Int32 = -1
    private var seed: UInt32 = 0x9E37_79B9
    let referenceX: Double
    let referenceY: Double
    /// Area of the union of the boxes [xᵢ, referenceX] × [yᵢ, referenceY].
    private(set) var area = 0.0

    init(referenceX: Double, referenceY: Double, capacity: Int) {
        self.referenceX = referenceX
        self.referenceY = referenceY
        x.reserveCapacity(capacity)
        y.reserveCapacity(capacity)
        left.reserveCapacity(capacity)
        right.reserveCapacity(capacity)
        priority.reserveCapacity(capacity)
    }

    /// Adds (px, py): a point the staircase already dominates changes nothing; otherwise the
    /// points it dominates leave and the area grows by the region only it covers.
    /// - Complexity: O(log n) expected, plus O(log n) per point removed.
    mutating func insert(_ px: Double, _ py: Double) {
        let (lower, upper) = split(root, px)
        var rest = upper
        let predecessor = maximum(lower)
        if predecessor >= 0 && y[Int(predecessor)] <= py {
            root = merge(lower, rest)
            return
        }
        if let first = minimum(rest), x[Int(first)] == px && y[Int(first)] <= py {
            root = merge(lower, rest)
            return
        }
        var ceiling = predecessor >= 0 ? y[Int(predecessor)] : referenceY
        var cursor = px
        while let first = minimum(rest), y[Int(first)] >= py {
            area += (x[Int(first)] - cursor) * (ceiling - py)
            ceiling = y[Int(first)]
            cursor = x[Int(first)]
            rest = removeMinimum(rest)
        }
        let end = minimum(rest).map { x[Int($0)] } ?? referenceX
        area += (end - cursor) * (ceiling - py)
        root = merge(merge(lower, makeNode(px, py)), rest)
    }

    private mutating func makeNode(_ px: Double, _ py: Double) -> Int32 {
        seed ^= seed << 13
        seed ^= seed >> 17
        seed ^= seed << 5
        x.append(px)
        y.append(py)
        left.append(-1)
        right.append(-1)
        priority.append(seed)
        return Int32(x.count - 1)
    }

    /// (keys < key, keys ≥ key).
    private mutating func split(_ node: Int32, _ key: Double) -> (Int32, Int32) {
        if node < 0 { return (-1, -1) }
        let n = Int(node)
        if x[n] < key {
            let (l, r) = split(right[n], key)
            right[n] = l
            return (node, r)
        } else {
            let (l, r) = split(left[n], key)
            left[n] = r
            return (l, node)
        }
    }

    /// Joins two treaps whose keys are ordered (all of `a` before all of `b`).
    private mutating func merge(_ a: Int32, _ b: Int32) -> Int32 {
        if a < 0 { return b }
        if b < 0 { return a }
        if priority[Int(a)] > priority[Int(b)] {
            right[Int(a)] = merge(right[Int(a)], b)
            return a
        } else {
            left[Int(b)] = merge(a, left[Int(b)])
            return b
        }
    }

    private func minimum(_ node: Int32) -> Int32? {
        if node < 0 { return nil }
        var n = node
        while left[Int(n)] >= 0 { n = left[Int(n)] }
        return n
    }

    private func maximum(_ node: Int32) -> Int32 {
        if node < 0 { return -1 }
        var n = node
        while right[Int(n)] >= 0 { n = right[Int(n)] }
        return n
    }

    /// The treap without its smallest key.
    private mutating func removeMinimum(_ node: Int32) -> Int32 {
        if left[Int(node)] < 0 { return right[Int(node)] }
        var parent = node
        while left[Int(left[Int(parent)])] >= 0 { parent = left[Int(parent)] }
        left[Int(parent)] = right[Int(left[Int(parent)])]
        return node
    }
}
