import CostModels
import NetworkIR

/// Kernel configurations outside the search spaces' priors: random shapes of every kernel class
/// the Engine runs (so that the models extrapolate), and nn-Meter's fine-grained sampling
/// around the kernels predicted worst (perturbing channels or spatial size).
public enum RandomConfigurations {
    static let channelChoices = [8, 16, 24, 32, 48, 64, 96, 128, 160, 192, 256, 320, 384, 512]
    static let sideChoices = [2, 4, 7, 8, 14, 16, 28, 32, 56, 64, 112]
    /// Kernels bigger than this many MACs are not drawn (their measurement would eat the budget).
    static let macLimit = 120_000_000

    /// A random kernel: the class uniformly from the kernels a network of conv, depthwise,
    /// pooling, element-wise and linear layers runs, then its shape.
    public static func sample(using generator: inout some RandomNumberGenerator) -> KernelConfiguration {
        while true {
            let c = channelChoices.randomElement(using: &generator)!, out = channelChoices.randomElement(using: &generator)!
            let side = sideChoices.randomElement(using: &generator)!
            let kernel = [3, 5, 7].randomElement(using: &generator)!, stride = [1, 2].randomElement(using: &generator)!
            let shape = TensorShape(channels: c, height: side, width: side)
            let activation: Activation? = [nil, .relu, .relu6].randomElement(using: &generator)!
            let conv = { (out: Int, k: Int, groups: Int) in
                Conv2D(outChannels: out, kernel: Size2(square: k), stride: Size2(square: stride),
                       padding: Padding(symmetric: k / 2), groups: groups, bias: true)
            }
            let configuration: KernelConfiguration = switch Int.random(in: 0..<13, using: &generator) {
            case 0, 1: KernelConfiguration(operation: .conv2d(conv(out, kernel, 1)), inputShapes: [shape], fusedActivation: activation)
            case 2, 3: KernelConfiguration(operation: .conv2d(conv(out, 1, 1)), inputShapes: [shape], fusedActivation: activation)
            case 4, 5: KernelConfiguration(operation: .conv2d(conv(c, kernel, c)), inputShapes: [shape], fusedActivation: activation)
            case 6: KernelConfiguration(operation: .linear(Linear(outFeatures: out)), inputShapes: [TensorShape(channels: c * side, height: 1, width: 1)], fusedActivation: activation)
            case 7: KernelConfiguration(operation: .maxPool(Pool2D(kernel: Size2(square: min(kernel, 3)), stride: Size2(square: stride), padding: Padding(symmetric: 1))), inputShapes: [shape])
            case 8: KernelConfiguration(operation: .avgPool(Pool2D(kernel: 3, stride: Size2(square: stride), padding: Padding(symmetric: 1), countIncludePad: false)), inputShapes: [shape])
            case 9: KernelConfiguration(operation: .add, inputShapes: [shape, shape])
            case 10: KernelConfiguration(operation: .activation([.relu, .relu6, .hardSwish, .sigmoid].randomElement(using: &generator)!), inputShapes: [shape])
            case 11: KernelConfiguration(operation: .batchNorm(epsilon: 1e-5), inputShapes: [shape])
            default: KernelConfiguration(operation: .globalAvgPool, inputShapes: [shape])
            }
            if configuration.isValid { return configuration }
        }
    }

    /// `configuration` with its input channels, output channels or spatial size scaled by ½, ⅔,
    /// 3⁄2 or 2; nil when the result is not a valid kernel.
    public static func perturb(_ configuration: KernelConfiguration, using generator: inout some RandomNumberGenerator) -> KernelConfiguration? {
        let factor = [0.5, 2.0 / 3, 1.5, 2].randomElement(using: &generator)!
        let scale = { (n: Int) in max(1, Int((Double(n) * factor).rounded())) }
        var result = configuration
        let input = configuration.inputShapes[0]
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            result.inputShapes = configuration.inputShapes.map { TensorShape(channels: scale($0.channels), height: $0.height, width: $0.width) }
            if case .conv2d(var conv) = configuration.operation, conv.isDepthwise(inChannels: input.channels) {
                conv.groups = result.inputShapes[0].channels
                conv.outChannels = conv.groups * (conv.outChannels / input.channels)
                result.operation = .conv2d(conv)
            }
        case 1:
            switch configuration.operation {
            case .conv2d(var conv) where !conv.isDepthwise(inChannels: input.channels) && conv.groups == 1:
                conv.outChannels = scale(conv.outChannels)
                result.operation = .conv2d(conv)
            case .linear(var linear):
                linear.outFeatures = scale(linear.outFeatures)
                result.operation = .linear(linear)
            default:
                return nil
            }
        default:
            guard input.height > 1 || input.width > 1 else { return nil }
            result.inputShapes = configuration.inputShapes.map { TensorShape(channels: $0.channels, height: scale($0.height), width: scale($0.width)) }
        }
        return result != configuration && result.isValid ? result : nil
    }
}

extension KernelConfiguration {
    /// Whether the kernel's network builds and stays within `RandomConfigurations.macLimit`.
    var isValid: Bool {
        guard let (network, index) = try? network() else { return false }
        return network.counts(ofLayer: index).macs <= RandomConfigurations.macLimit
    }
}
