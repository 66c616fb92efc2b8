import Yams

/// The tree a `NodeEncoder` builds: mappings keep the order in which keys were encoded (the
/// declaration order of each type's coding keys), so a written profile diffs cleanly.
final class EncodedValue {
    enum Content {
        case unset
        case scalar(String)
        case mapping([(String, EncodedValue)])
        case sequence([EncodedValue])
    }

    var content: Content = .unset
    /// Emit as `{value: …, source: …}` on one line.
    var flow = false

    var node: Node {
        switch content {
        case .unset: return Node("~")
        case .scalar(let text): return Node(text)
        case .mapping(let pairs):
            return Node(pairs.map { (Node($0.0), $0.1.node) }, .implicit, flow ? .flow : .block)
        case .sequence(let items):
            return Node(items.map(\.node), .implicit, flow ? .flow : .block)
        }
    }
}

/// Marks a type written in YAML flow style (`Sourced`).
protocol FlowStyleEncodable {}

extension Sourced: FlowStyleEncodable {}
extension KernelPoint: FlowStyleEncodable {}
