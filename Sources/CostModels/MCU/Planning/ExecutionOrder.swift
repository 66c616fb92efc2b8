import NetworkIR

/// Chooses the order in which a network's layers run so that the fewest bytes are live at once.
///
/// In a chain every order is the same; branches (NAS-Bench-201 cells, Inception-like blocks)
/// let a runtime finish one branch and free its tensors before starting the next. The order
/// minimises the peak live bytes of its `ArenaLayout` (in-place sharing included):
/// - when the network has at most `exhaustiveLimit` topological orders, all of them are tried
///   (depth-first enumeration, stopped as soon as it passes the limit);
/// - otherwise a greedy list schedule runs, at each step, the ready layer after which the fewest
///   bytes stay live (ties: the earliest layer), and is kept if it beats the layer order.
/// Ties keep the layer order, so a chain's order is unchanged.
/// - Complexity: O(min(orders, exhaustiveLimit) · layers) layouts, or O(layers²) for the greedy schedule.
public enum ExecutionOrder {
    public static func best(for network: Network, rules: ArenaRules, exhaustiveLimit: Int = 2_000) throws(NetworkError) -> [Int] {
        let layerOrder = Array(network.layers.indices)
        var best = layerOrder
        var bestPeak = try ArenaLayout(network: network, order: layerOrder, rules: rules).peakLiveBytes
        let candidates = topologicalOrders(network, limit: exhaustiveLimit) ?? [greedySchedule(network, rules: rules)]
        for order in candidates where order != layerOrder {
            let peak = try ArenaLayout(network: network, order: order, rules: rules).peakLiveBytes
            if peak < bestPeak { (best, bestPeak) = (order, peak) }
        }
        return best
    }

    /// Every topological order, or nil when there are more than `limit`.
    static func topologicalOrders(_ network: Network, limit: Int) -> [[Int]]? {
        let n = network.layers.count
        var consumers = [[Int]](repeating: [], count: n)
        var pending = [Int](repeating: 0, count: n)
        for (i, sources) in network.inputIndices.enumerated() {
            for s in Set(sources) where s >= 0 {
                consumers[s].append(i)
                pending[i] += 1
            }
        }
        var orders: [[Int]] = []
        var current: [Int] = []
        var overflow = false
        func extend(_ ready: [Int]) {
            if overflow { return }
            if current.count == n {
                orders.append(current)
                overflow = orders.count > limit
                return
            }
            for (k, i) in ready.enumerated() {
                var next = ready
                next.remove(at: k)
                current.append(i)
                for c in consumers[i] {
                    pending[c] -= 1
                    if pending[c] == 0 { next.append(c) }
                }
                extend(next.sorted())
                for c in consumers[i] { pending[c] += 1 }
                current.removeLast()
                if overflow { return }
            }
        }
        extend((0..<n).filter { pending[$0] == 0 })
        return overflow ? nil : orders
    }

    /// Runs, at each step, the ready layer whose execution leaves the fewest bytes live.
    static func greedySchedule(_ network: Network, rules: ArenaRules) -> [Int] {
        let n = network.layers.count
        let bits = rules.activationBits
        var readersLeft = [Int: Int]()
        var pending = [Int](repeating: 0, count: n)
        for (i, sources) in network.inputIndices.enumerated() {
            for s in Set(sources) {
                readersLeft[s, default: 0] += 1
                if s >= 0 { pending[i] += 1 }
            }
        }
        func bytes(_ t: Int) -> Int { ((t < 0 ? network.inputShape : network.shapes[t]).elementCount * bits + 7) / 8 }
        var done = [Bool](repeating: false, count: n)
        var order: [Int] = []
        while order.count < n {
            var choice = -1, choiceDelta = Int.max
            for i in 0..<n where !done[i] && pending[i] == 0 {
                let freed = Set(network.inputIndices[i]).filter { readersLeft[$0] == 1 && $0 != network.outputIndex }.reduce(0) { $0 + bytes($1) }
                let delta = bytes(i) - freed
                if delta < choiceDelta { (choice, choiceDelta) = (i, delta) }
            }
            done[choice] = true
            order.append(choice)
            for s in Set(network.inputIndices[choice]) { readersLeft[s, default: 0] -= 1 }
            for (j, sources) in network.inputIndices.enumerated() where sources.contains(choice) { pending[j] -= 1 }
        }
        return order
    }
}
