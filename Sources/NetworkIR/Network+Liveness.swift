/// The activations held in memory while one layer executes.
public struct LiveSet: Hashable, Sendable {
    /// Position in the execution order.
    public var step: Int
    /// The layer executing at this step.
    public var layerIndex: Int
    /// Tensors live during the step: `-1` is the network input, `i` the output of layer `i`.
    public var tensors: [Int]
    /// Total elements of the live tensors.
    public var elements: Int

    public func bytes(bits: Int) -> Int { (elements * bits + 7) / 8 }
}

extension Network {
    /// Validates that `order` runs every layer once and each after all layers it reads.
    public func validateOrder(_ order: [Int]) throws(NetworkError) {
        guard order.count == layers.count else {
            throw .invalidOrder("has \(order.count) steps for \(layers.count) layers")
        }
        var done = [Bool](repeating: false, count: layers.count)
        for (step, i) in order.enumerated() {
            guard layers.indices.contains(i), !done[i] else {
                throw .invalidOrder("step \(step) names layer \(i) twice or out of range")
            }
            if let missing = inputIndices[i].first(where: { $0 >= 0 && !done[$0] }) {
                throw .invalidOrder("layer \"\(layers[i].name)\" at step \(step) runs before its input \"\(layers[missing].name)\"")
            }
            done[i] = true
        }
    }

    /// The live activation set at every step of an execution order (default: layer order).
    ///
    /// A tensor is live from the step that produces it (the network input from the start) to the
    /// last step that reads it; the network output stays live to the end. A layer's inputs and
    /// output are live together, with no in-place reuse: in-place execution and placement are the
    /// memory planner's decisions, which start from this set.
    /// - Complexity: O(steps × live tensors) time.
    public func liveActivations(order: [Int]? = nil) throws(NetworkError) -> [LiveSet] {
        let order = order ?? Array(layers.indices)
        try validateOrder(order)
        var stepOf = [Int](repeating: 0, count: layers.count)
        for (step, i) in order.enumerated() { stepOf[i] = step }
        var lastUse = stepOf  // a tensor nobody reads lives only while it is produced
        var inputLastUse = -1
        for (i, sources) in inputIndices.enumerated() {
            for s in sources {
                if s < 0 { inputLastUse = max(inputLastUse, stepOf[i]) } else { lastUse[s] = max(lastUse[s], stepOf[i]) }
            }
        }
        lastUse[outputIndex] = order.count - 1

        var live: [Int] = inputLastUse >= 0 ? [-1] : []
        var result: [LiveSet] = []
        result.reserveCapacity(order.count)
        for (step, i) in order.enumerated() {
            live.append(i)
            let elements = live.reduce(0) { $0 + ($1 < 0 ? inputShape.elementCount : shapes[$1].elementCount) }
            result.append(LiveSet(step: step, layerIndex: i, tensors: live, elements: elements))
            live.removeAll { ($0 < 0 ? inputLastUse : lastUse[$0]) <= step }
        }
        return result
    }

    /// The largest live activation set along an execution order, in elements.
    public func peakLiveElements(order: [Int]? = nil) throws(NetworkError) -> Int {
        try liveActivations(order: order).map(\.elements).max() ?? 0
    }
}
