import NetworkIR

/// LeNet-5 (LeCun et al., "Gradient-Based Learning Applied to Document Recognition",
/// Proc. IEEE 1998) in its common modern variant for 1x28x28 MNIST digits.
///
/// C1: 5x5 conv to 6 maps with padding 2 (so the 28x28 input gives the paper's 28x28 maps,
/// which it obtained from 32x32 inputs); S2: 2x2/2 average pool; C3: 5x5 conv to 16 maps
/// (10x10), fully connected to S2 instead of the paper's partial connection table; S4: 2x2/2
/// average pool (5x5); C5: 5x5 conv to 120 (1x1); F6: dense 84; a dense output layer in place
/// of the Gaussian RBF units. Every layer has a bias; tanh stands in for the paper's
/// scaled tanh (1.7159·tanh(2x/3)), and the pools have no trainable coefficients. It has 416,520 weight MACs and
/// 61,706 parameters.
public func leNet5(classes: Int = 10) throws(NetworkError) -> Network {
    var b = NetworkBuilder(name: "lenet5", input: TensorShape(channels: 1, height: 28, width: 28))
    var x = b.conv(b.input, 6, kernel: 5, padding: .explicit(Padding(symmetric: 2)), bias: true, name: "c1")
    x = b.avgPool(b.activation(x, .tanh), kernel: 2, name: "s2")
    x = b.conv(x, 16, kernel: 5, padding: .valid, bias: true, name: "c3")
    x = b.avgPool(b.activation(x, .tanh), kernel: 2, name: "s4")
    x = b.conv(x, 120, kernel: 5, padding: .valid, bias: true, name: "c5")
    x = b.flatten(b.activation(x, .tanh))
    x = b.activation(b.linear(x, 84, name: "f6"), .tanh)
    let logits = b.linear(x, classes, name: "output")
    return try b.build(output: logits)
}
