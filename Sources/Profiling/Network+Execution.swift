import NetworkIR

extension Network {
    /// Whether each layer runs under `optimization` (aligned with `layers`). Under dead-code
    /// elimination a `zero` layer is a constant and never runs.
    ///
    /// - Complexity: O(L + E) for L layers and E input references.
    public func executedLayers(under optimization: GraphOptimization) -> [Bool] {
        switch optimization {
        case .none:
            return [Bool](repeating: true, count: layers.count)
        case .deadCodeElimination:
            let dependsOnInput = layersDependingOnInput()
            guard dependsOnInput[outputIndex] else { return [Bool](repeating: false, count: layers.count) }
            var live = [Bool](repeating: false, count: layers.count)
            live[outputIndex] = true
            for i in stride(from: outputIndex, through: 0, by: -1) where live[i] {
                if case .zero = layers[i].operation { continue }
                for j in inputIndices[i] where j >= 0 { live[j] = true }
            }
            for i in layers.indices { if case .zero = layers[i].operation { live[i] = false } }
            return live
        }
    }

    /// Whether each layer's value depends on the network input; a `zero` layer never does.
    func layersDependingOnInput() -> [Bool] {
        var depends = [Bool](repeating: false, count: layers.count)
        for i in layers.indices {
            if case .zero = layers[i].operation { continue }
            depends[i] = inputIndices[i].contains { $0 < 0 || depends[$0] }
        }
        return depends
    }
}

extension Network {
    /// Whether the output depends on the input at all (an NB201 cell whose every path passes
    /// through `none` makes the whole network a constant).
    public var outputDependsOnInput: Bool { layersDependingOnInput()[outputIndex] }
}
