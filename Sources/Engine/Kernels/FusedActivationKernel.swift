import NetworkIR

/// Inference-only wrapper that applies an element-wise activation to another kernel's output in
/// place, replacing a separate activation layer (one pass and one allocation fewer, and the
/// values are still in cache when the wrapped kernel wrote them recently).
struct FusedActivationKernel: LayerKernel {
    let base: any LayerKernel
    let activation: Activation

    var parameterSpecs: [ParameterSpec] { base.parameterSpecs }
    var bufferSpecs: [ParameterSpec] { base.bufferSpecs }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        precondition(mode == .inference, "FusedActivationKernel is for inference only")
        var (y, saved) = base.forward(inputs: inputs, parameters: parameters, buffers: &buffers, mode: mode)
        Self.apply(activation, to: &y)
        return (y, saved)
    }

    /// `y = f(y)` element-wise, split over workers.
    static func apply(_ f: Activation, to y: inout Tensor) {
        let count = y.count
        y.withMutableSharedScalars { p in
            parallelFor(count, costPerItem: f.isPiecewiseLinear ? 1 : 16) { range in
                let start = p.advanced(by: range.lowerBound)
                ActivationKernel.apply(f, input: start, output: start, count: range.count)
            }
        }
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        preconditionFailure("FusedActivationKernel is for inference only; train the unfused model")
    }
}

extension Activation {
    /// The interval ReLU and ReLU6 clamp to; nil for other activations.
    var clampRange: ClosedRange<Float>? {
        switch self {
        case .relu: 0...Float.infinity
        case .relu6: 0...6
        default: nil
        }
    }
}
