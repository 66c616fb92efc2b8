import NetworkIR

/// Element-wise sum of two or more inputs of one shape; each input receives the output gradient.
struct AddKernel: LayerKernel {
    /// Inference only: an activation applied to the sum, set by `Model.fusedForInference()`
    /// (TFLite's ADD with a fused activation); ReLU and ReLU6 clamp in the summing pass.
    var fusedActivation: Activation?

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        var y = Tensor(uninitialized: inputs[0].shape)
        let count = y.count
        // The clamp goes into the first pass only when no third input follows it.
        let clamp = inputs.count == 2 ? fusedActivation?.clampRange : nil
        let (lo, hi) = (clamp?.lowerBound ?? -.infinity, clamp?.upperBound ?? .infinity)
        inputs[0].withSharedScalars { ap in
            inputs[1].withSharedScalars { bp in
                y.withMutableSharedScalars { op in
                    parallelFor(count) { range in
                        for i in range {
                            // `v < lo ? lo : v` keeps NaN, as the convolutions' fused clamps do.
                            let v = ap[i] + bp[i]
                            let low = v < lo ? lo : v
                            op[i] = low > hi ? hi : low
                        }
                    }
                }
            }
        }
        for x in inputs.dropFirst(2) { y.add(x) }
        if let f = fusedActivation, clamp == nil { FusedActivationKernel.apply(f, to: &y) }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        KernelGradients(inputs: Array(repeating: dy, count: inputs.count))
    }
}
