/// A two-dimensional non-dominated staircase for HV3D: points (x, y) kept sorted by x (so y
/// falls as x grows) in a treap (Seidel & Aragon 1996) over caller-provided node storage, with
/// the area they dominate up to a reference corner maintained incrementally.
struct Staircase {
    struct Node {
        var x: Double
        var y: Double
        var left: Int32
        var right: Int32
        var priority: UInt32
    }

    private let nodes: UnsafeMutablePointer<Node>
    private var nodeCount: Int32 = 0
    private var root: Int32 = -1
    private var seed: UInt32 = 0x9E37_79B9
    let referenceX: Double
    let referenceY: Double
    /// Area of the union of the boxes [xᵢ, referenceX] × [yᵢ, referenceY].
    private(set) var area = 0.0

    /// A staircase whose nodes live in `storage`, which must hold one node per insertion.
    init(referenceX: Double, referenceY: Double, storage: UnsafeMutablePointer<Node>) {
        self.referenceX = referenceX
        self.referenceY = referenceY
        nodes = storage
    }

    /// Adds (px, py): a point the staircase already dominates changes nothing; otherwise the
    /// points it dominates leave and the area grows by the region only it covers.
    /// - Complexity: O(log n) expected, plus O(log n) per point removed.
    mutating func insert(_ px: Double, _ py: Double) {
        var predecessor: Int32 = -1, successor: Int32 = -1
        var n = root
        while n >= 0 {
            if nodes[Int(n)].x < px {
                predecessor = n
                n = nodes[Int(n)].right
            } else {
                successor = n
                n = nodes[Int(n)].left
            }
        }
        if (predecessor >= 0 && nodes[Int(predecessor)].y <= py)
            || (successor >= 0 && nodes[Int(successor)].x == px && nodes[Int(successor)].y <= py) {
            return
        }
        var ceiling = predecessor >= 0 ? nodes[Int(predecessor)].y : referenceY
        var cursor = px
        let firstDominated = successor
        while successor >= 0 && nodes[Int(successor)].y >= py {
            let node = nodes[Int(successor)]
            area += (node.x - cursor) * (ceiling - py)
            ceiling = node.y
            cursor = node.x
            if successor != firstDominated { root = delete(node.x, from: root) }
            successor = self.successor(of: node.x)
        }
        let end = successor >= 0 ? nodes[Int(successor)].x : referenceX
        area += (end - cursor) * (ceiling - py)
        if firstDominated >= 0 && firstDominated != successor {
            // The new point takes the first dominated node's place: every key left of it is
            // below px, every key right of it (after the deletions) is above.
            nodes[Int(firstDominated)].x = px
            nodes[Int(firstDominated)].y = py
        } else {
            root = insert(makeNode(px, py), into: root)
        }
    }

    /// The treap without the node whose key is `x`.
    private func delete(_ x: Double, from node: Int32) -> Int32 {
        if node < 0 { return -1 }
        let n = Int(node)
        if x < nodes[n].x {
            nodes[n].left = delete(x, from: nodes[n].left)
        } else if x > nodes[n].x {
            nodes[n].right = delete(x, from: nodes[n].right)
        } else {
            return merge(nodes[n].left, nodes[n].right)
        }
        return node
    }

    /// The node with the smallest x greater than `x`, or -1.
    private func successor(of x: Double) -> Int32 {
        var result: Int32 = -1
        var n = root
        while n >= 0 {
            if nodes[Int(n)].x > x {
                result = n
                n = nodes[Int(n)].left
            } else {
                n = nodes[Int(n)].right
            }
        }
        return result
    }

    /// Treap insertion: descend by key until the new node's priority outranks the subtree's
    /// root, then split that subtree around the new key.
    private func insert(_ new: Int32, into node: Int32) -> Int32 {
        if node < 0 { return new }
        if nodes[Int(new)].priority > nodes[Int(node)].priority {
            let (l, r) = split(node, nodes[Int(new)].x)
            nodes[Int(new)].left = l
            nodes[Int(new)].right = r
            return new
        }
        if nodes[Int(new)].x < nodes[Int(node)].x {
            nodes[Int(node)].left = insert(new, into: nodes[Int(node)].left)
        } else {
            nodes[Int(node)].right = insert(new, into: nodes[Int(node)].right)
        }
        return node
    }

    private mutating func makeNode(_ px: Double, _ py: Double) -> Int32 {
        seed ^= seed << 13
        seed ^= seed >> 17
        seed ^= seed << 5
        nodes[Int(nodeCount)] = Node(x: px, y: py, left: -1, right: -1, priority: seed)
        nodeCount += 1
        return nodeCount - 1
    }

    /// (keys < key, keys ≥ key).
    private func split(_ node: Int32, _ key: Double) -> (Int32, Int32) {
        if node < 0 { return (-1, -1) }
        let n = Int(node)
        if nodes[n].x < key {
            let (l, r) = split(nodes[n].right, key)
            nodes[n].right = l
            return (node, r)
        } else {
            let (l, r) = split(nodes[n].left, key)
            nodes[n].left = r
            return (l, node)
        }
    }

    /// Joins two treaps whose keys are ordered (all of `a` before all of `b`).
    private func merge(_ a: Int32, _ b: Int32) -> Int32 {
        if a < 0 { return b }
        if b < 0 { return a }
        if nodes[Int(a)].priority > nodes[Int(b)].priority {
            nodes[Int(a)].right = merge(nodes[Int(a)].right, b)
            return a
        } else {
            nodes[Int(b)].left = merge(a, nodes[Int(b)].left)
            return b
        }
    }

}
