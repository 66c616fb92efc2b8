import Foundation
import NetworkIR

/// Element-wise activation. Backward uses the saved input (all activations are functions of it).
///
/// hardSwish and hardSigmoid follow PyTorch (`x·relu6(x+3)/6`, `relu6(x+3)/6`); gelu is the exact
/// erf form (`x·Φ(x)`).
struct ActivationKernel: LayerKernel {
    let activation: Activation

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        var y = Tensor(uninitialized: x.shape)
        let f = activation
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                parallelFor(x.count, costPerItem: f.isPiecewiseLinear ? 1 : 16) { range in
                    Self.apply(f, input: xp.advanced(by: range.lowerBound), output: yp.advanced(by: range.lowerBound),
                               count: range.count)
                }
            }
        }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        let x = inputs[0]
        var dx = Tensor(uninitialized: x.shape)
        let f = activation
        x.withSharedScalars { xp in
            dy.withSharedScalars { gp in
                dx.withMutableSharedScalars { dp in
                    parallelFor(x.count, costPerItem: f.isPiecewiseLinear ? 1 : 16) { range in
                        let (x, g, d) = (xp.advanced(by: range.lowerBound), gp.advanced(by: range.lowerBound),
                                         dp.advanced(by: range.lowerBound))
                        switch f {
                        case .relu: Self.maskedGradient(x: x, g: g, d: d, count: range.count, lower: 0, upper: .infinity)
                        case .relu6: Self.maskedGradient(x: x, g: g, d: d, count: range.count, lower: 0, upper: 6)
                        default: for i in 0..<range.count { d[i] = g[i] * Self.derivative(f, x[i]) }
                        }
                    }
                }
            }
        }
        return KernelGradients(inputs: [dx])
    }

    /// Applies `f` to `count` values; the switch sits outside the loops so each loop vectorises.
    static func apply(_ f: Activation, input x: UnsafeMutablePointer<Float>, output y: UnsafeMutablePointer<Float>, count: Int) {
        switch f {
        case .relu: clamp(x: x, y: y, count: count, upper: .infinity)
        case .relu6: clamp(x: x, y: y, count: count, upper: 6)
        case .hardSigmoid: for i in 0..<count { y[i] = min(max(x[i] + 3, 0), 6) * (1 / 6) }
        case .hardSwish: for i in 0..<count { y[i] = x[i] * min(max(x[i] + 3, 0), 6) * (1 / 6) }
        case .sigmoid, .tanh, .gelu: for i in 0..<count { y[i] = value(f, x[i]) }
        }
    }

    @inline(__always)
    static func value(_ f: Activation, _ x: Float) -> Float {
        switch f {
        case .relu: return max(x, 0)
        case .relu6: return min(max(x, 0), 6)
        case .hardSigmoid: return min(max(x + 3, 0), 6) / 6
        case .hardSwish: return x * min(max(x + 3, 0), 6) / 6
        case .sigmoid: return 1 / (1 + exp(-x))
        case .tanh: return Foundation.tanh(x)
        case .gelu: return 0.5 * x * (1 + erf(x * 0.70710678))
        }
    }

    @inline(__always)
    static func derivative(_ f: Activation, _ x: Float) -> Float {
        switch f {
        case .relu: return x > 0 ? 1 : 0
        case .relu6: return x > 0 && x < 6 ? 1 : 0
        case .hardSigmoid: return x > -3 && x < 3 ? 1 / 6 : 0
        case .hardSwish: return x <= -3 ? 0 : (x >= 3 ? 1 : (2 * x + 3) / 6)
        case .sigmoid:
            let s = 1 / (1 + exp(-x))
            return s * (1 - s)
        case .tanh:
            let t = Foundation.tanh(x)
            return 1 - t * t
        case .gelu:
            let cdf = 0.5 * (1 + erf(x * 0.70710678))
            let pdf = exp(-0.5 * x * x) * 0.39894228
            return cdf + x * pdf
        }
    }
}

extension Activation {
    /// relu, relu6, hardSigmoid and hardSwish: cheap per element.
    var isPiecewiseLinear: Bool {
        switch self {
        case .relu, .relu6, .hardSigmoid, .hardSwish: true
        case .sigmoid, .tanh, .gelu: false
        }
    }
}
