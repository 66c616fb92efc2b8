/// The candidate operations of an NAS-Bench-201 edge, in the benchmark's order (Dong & Yang,
/// "NAS-Bench-201: Extending the Scope of Reproducible Neural Architecture Search", ICLR 2020,
/// Section 2.1). Raw values are the names used in NB201 architecture strings.
public enum NB201Operation: String, CaseIterable, Hashable, Sendable, Codable {
    /// Outputs zeros: the edge is absent.
    case none
    case skipConnect = "skip_connect"
    /// ReLU, 1x1 convolution, batch norm.
    case norConv1x1 = "nor_conv_1x1"
    /// ReLU, 3x3 convolution, batch norm.
    case norConv3x3 = "nor_conv_3x3"
    /// 3x3 average pooling, stride 1, padding 1, padded zeros excluded from the divisor.
    case avgPool3x3 = "avg_pool_3x3"
}

/// An NAS-Bench-201 cell (Dong & Yang, ICLR 2020, Figure 1): a densely connected DAG of four
/// nodes where node 0 is the cell input, node 3 the cell output, and every edge `j ← i` (i < j)
/// carries one `NB201Operation`. Node j is the sum of its incoming edges.
public struct NB201Cell: Hashable, Sendable {
    /// The edges as `(to, from)`, in NB201 order: 1←0, 2←0, 2←1, 3←0, 3←1, 3←2.
    public static let edges: [(to: Int, from: Int)] = [(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]

    /// The number of nodes, input and output included.
    public static let nodeCount = 4

    /// The operation on each edge, aligned with `edges`.
    public private(set) var operations: [NB201Operation]

    /// A cell from its six edge operations in NB201 order; traps unless there are exactly six.
    public init(_ operations: [NB201Operation]) {
        precondition(operations.count == Self.edges.count,
                     "an NB201 cell has \(Self.edges.count) edges, got \(operations.count)")
        self.operations = operations
    }

    /// The index in `edges` of the edge `to ← from`, `to·(to−1)/2 + from`, if the edge exists.
    public static func edgeIndex(to: Int, from: Int) -> Int? {
        guard 0 <= from, from < to, to < nodeCount else { return nil }
        return to * (to - 1) / 2 + from
    }

    /// The operation on edge `to ← from`; traps if there is no such edge.
    public subscript(to to: Int, from from: Int) -> NB201Operation {
        get { operations[Self.edgeIndex(to: to, from: from)!] }
        set { operations[Self.edgeIndex(to: to, from: from)!] = newValue }
    }

    /// Whether some path from node 0 to node 3 avoids `none`: otherwise the cell outputs zeros
    /// whatever its input (xautodl `Structure.check_valid`). 341 of the 15,625 cells have none.
    /// - Complexity: O(1) (six edges).
    public var hasPathToOutput: Bool {
        var reached = [true, false, false, false]
        for node in 1..<Self.nodeCount {
            reached[node] = (0..<node).contains { reached[$0] && self[to: node, from: $0] != .none }
        }
        return reached[Self.nodeCount - 1]
    }

    /// The isomorphism key of NB201 and NATS-Bench (xautodl `Structure.to_unique_str` with
    /// `consider_zero=True`), equal to the benchmark's `iso_class_str`: cells with the same key
    /// compute the same function up to the weights, so they share an accuracy in expectation.
    ///
    /// Each node gets a string. Node 0 is `0`. An incoming edge contributes `#` (zero) if its
    /// operation is `none` or its source is exactly `#`; its source's string if it is
    /// `skip_connect`; otherwise `(` + source + `)@` + operation name. A node's string is its
    /// edges' contributions sorted (byte order) and joined by `+`; the key is node 3's string.
    /// A skipped source that is a sum stays one term, not flattened; a cell whose output is zero
    /// through three `none` edges has key `#+#+#`. The key keeps `#` terms and applies
    /// operations to sums of zeros (`(#+#)@avg_pool_3x3`), so it is the reference's grouping
    /// (6,466 classes), not the coarsest one, and is not a test for `hasPathToOutput`.
    /// - Complexity: O(L) for a key of L bytes (three nodes of at most three terms).
    public var isomorphismKey: String {
        var nodes = ["0"]
        for node in 1..<Self.nodeCount {
            var terms: [String] = []
            for from in 0..<node {
                let source = nodes[from], op = self[to: node, from: from]
                if op == .none || source == "#" {
                    terms.append("#")
                } else if op == .skipConnect {
                    terms.append(source)
                } else {
                    terms.append("(\(source))@\(op.rawValue)")
                }
            }
            nodes.append(terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: "+"))
        }
        return nodes[Self.nodeCount - 1]
    }
}

extension NB201Cell: CustomStringConvertible {
    /// The NB201 architecture string.
    public var description: String { archString }
}
