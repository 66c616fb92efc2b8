import Foundation
import NetworkIR

/// A layer's kernel shape as numbers, the coordinates in which a `table` kernel model finds the
/// measured kernels nearest to a layer (nn-Meter's kernel configurations: channels, spatial size,
/// kernel size, stride; Zhang et al., MobiSys 2021).
///
/// In order (`names`): ln input channels, ln output channels, ln input plane (H·W), ln output
/// plane, ln kernel area (convolutions and pools; the number of inputs for add and concat; else
/// 0), ln stride area (convolutions and pools, else 0), ln groups, and the activation code
/// (`activationCode`) of an activation layer or of the activation fused into a convolution or
/// linear kernel. A linear layer's input channels are its input elements, its planes 1.
public struct KernelFeatures: Hashable, Sendable {
    public static let names = ["logInChannels", "logOutChannels", "logInPlane", "logOutPlane",
                               "logKernelArea", "logStrideArea", "logGroups", "activation"]
    public static var count: Int { names.count }

    public var values: [Double]

    public init(values: [Double]) { self.values = values }

    public init(network: Network, layer i: Int, fusedActivation: Activation? = nil) {
        let input = network.inputShapes(of: i)[0], output = network.shapes[i]
        let operation = network.layers[i].operation
        var inChannels = input.channels, inPlane = input.height * input.width
        var outPlane = output.height * output.width
        var window = 1, stride = 1, groups = 1
        var activation = fusedActivation
        switch operation {
        case .conv2d(let conv):
            (window, stride, groups) = (conv.kernel.area, conv.stride.area, conv.groups)
        case .maxPool(let pool), .avgPool(let pool):
            (window, stride) = (pool.kernel.area, pool.stride.area)
        case .linear:
            (inChannels, inPlane, outPlane) = (input.elementCount, 1, 1)
        case .add, .concat:
            window = network.inputIndices[i].count
        case .activation(let own):
            activation = own
        default:
            break
        }
        values = [log(Double(inChannels)), log(Double(output.channels)), log(Double(inPlane)), log(Double(outPlane)),
                  log(Double(window)), log(Double(stride)), log(Double(groups)), Self.activationCode(activation)]
    }

    /// 0 none, 1 relu or relu6 (a clamp), 2 hardSigmoid or hardSwish, 3 sigmoid, tanh or gelu
    /// (a transcendental function per element).
    public static func activationCode(_ activation: Activation?) -> Double {
        switch activation {
        case nil: 0
        case .relu, .relu6: 1
        case .hardSigmoid, .hardSwish: 2
        case .sigmoid, .tanh, .gelu: 3
        }
    }
}
