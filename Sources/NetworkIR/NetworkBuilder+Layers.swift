/// Named shorthands for each operation.
extension NetworkBuilder {
    public mutating func conv(
        _ x: Tensor, _ outChannels: Int, kernel: Size2, stride: Size2 = 1, padding: PaddingRule = .half,
        dilation: Size2 = 1, groups: Int = 1, bias: Bool = false, name: String? = nil
    ) -> Tensor {
        let pad = resolve(padding, x.shape, kernel: kernel, stride: stride, dilation: dilation)
        return add(.conv2d(Conv2D(outChannels: outChannels, kernel: kernel, stride: stride, padding: pad,
                                  dilation: dilation, groups: groups, bias: bias)), [x], name: name)
    }

    /// Depthwise convolution: one filter per input channel.
    public mutating func depthwise(
        _ x: Tensor, kernel: Size2, stride: Size2 = 1, padding: PaddingRule = .half, bias: Bool = false,
        name: String? = nil
    ) -> Tensor {
        conv(x, x.shape.channels, kernel: kernel, stride: stride, padding: padding, groups: x.shape.channels,
             bias: bias, name: name)
    }

    public mutating func linear(_ x: Tensor, _ outFeatures: Int, bias: Bool = true, name: String? = nil) -> Tensor {
        add(.linear(Linear(outFeatures: outFeatures, bias: bias)), [x], name: name)
    }

    public mutating func batchNorm(_ x: Tensor, epsilon: Double = 1e-5, name: String? = nil) -> Tensor {
        add(.batchNorm(epsilon: epsilon), [x], name: name)
    }

    public mutating func activation(_ x: Tensor, _ f: Activation, name: String? = nil) -> Tensor {
        add(.activation(f), [x], name: name)
    }

    public mutating func relu(_ x: Tensor) -> Tensor { activation(x, .relu) }
    public mutating func relu6(_ x: Tensor) -> Tensor { activation(x, .relu6) }

    public mutating func maxPool(
        _ x: Tensor, kernel: Size2, stride: Size2? = nil, padding: PaddingRule = .valid, name: String? = nil
    ) -> Tensor {
        let stride = stride ?? kernel
        let pad = resolve(padding, x.shape, kernel: kernel, stride: stride, dilation: 1)
        return add(.maxPool(Pool2D(kernel: kernel, stride: stride, padding: pad)), [x], name: name)
    }

    public mutating func avgPool(
        _ x: Tensor, kernel: Size2, stride: Size2? = nil, padding: PaddingRule = .valid,
        countIncludePad: Bool = true, name: String? = nil
    ) -> Tensor {
        let stride = stride ?? kernel
        let pad = resolve(padding, x.shape, kernel: kernel, stride: stride, dilation: 1)
        return add(.avgPool(Pool2D(kernel: kernel, stride: stride, padding: pad, countIncludePad: countIncludePad)),
                   [x], name: name)
    }

    public mutating func globalAvgPool(_ x: Tensor, name: String? = nil) -> Tensor {
        add(.globalAvgPool, [x], name: name)
    }

    public mutating func add(_ inputs: [Tensor], name: String? = nil) -> Tensor { add(.add, inputs, name: name) }
    public mutating func concat(_ inputs: [Tensor], name: String? = nil) -> Tensor { add(.concat, inputs, name: name) }
    public mutating func flatten(_ x: Tensor, name: String? = nil) -> Tensor { add(.flatten, [x], name: name) }
    public mutating func softmax(_ x: Tensor, name: String? = nil) -> Tensor { add(.softmax, [x], name: name) }
    public mutating func channelShuffle(_ x: Tensor, groups: Int, name: String? = nil) -> Tensor {
        add(.channelShuffle(groups: groups), [x], name: name)
    }
    public mutating func identity(_ x: Tensor, name: String? = nil) -> Tensor { add(.identity, [x], name: name) }
    public mutating func zero(_ x: Tensor, name: String? = nil) -> Tensor { add(.zero, [x], name: name) }

    public mutating func squeezeExcite(
        _ x: Tensor, squeezeChannels: Int, gate: Activation = .sigmoid, name: String? = nil
    ) -> Tensor {
        add(.squeezeExcite(SqueezeExcite(squeezeChannels: squeezeChannels, gate: gate)), [x], name: name)
    }
}
