import NetworkIR

/// The MLPerf Tiny image classification model (Banbury et al., "MLPerf Tiny Benchmark",
/// NeurIPS Datasets and Benchmarks 2021): ResNet-8 for CIFAR-10, after the EEMBC reference
/// `resnet_v1_eembc` with 16 base filters.
///
/// Input 3x32x32; a 3x3 conv to 16 channels + BN + ReLU; three stacks of one residual block
/// with 16, 32 and 64 filters and strides 1, 2, 2 (3x3 conv + BN + ReLU, 3x3 conv + BN, add,
/// ReLU), the shortcut of the strided stacks being a bare 1x1/2 conv (no batch norm); 8x8
/// average pool, flatten and a dense classifier. Every conv keeps Keras's default bias and
/// TensorFlow `SAME` padding. It has 12,501,632 weight MACs and 78,186 parameters (Keras's
/// trainable count).
public func resNet8(classes: Int = 10) throws(NetworkError) -> Network {
    var b = NetworkBuilder(name: "resnet8", input: TensorShape(channels: 3, height: 32, width: 32))
    b.scope = "stem"
    var x = b.conv(b.input, 16, kernel: 3, padding: .same, bias: true)
    x = b.relu(b.batchNorm(x))
    for (s, (filters, stride)) in [(16, 1), (32, 2), (64, 2)].enumerated() {
        b.scope = "stack\(s + 1)"
        let strides = Size2(square: stride)
        var y = b.conv(x, filters, kernel: 3, stride: strides, padding: .same, bias: true, name: "conv1")
        y = b.relu(b.batchNorm(y, name: "bn1"))
        y = b.conv(y, filters, kernel: 3, padding: .same, bias: true, name: "conv2")
        y = b.batchNorm(y, name: "bn2")
        let shortcut = stride == 1
            ? x : b.conv(x, filters, kernel: 1, stride: strides, padding: .same, bias: true, name: "shortcut")
        x = b.relu(b.add([shortcut, y], name: "residual"))
    }
    b.scope = "head"
    x = b.avgPool(x, kernel: Size2(square: x.shape.height))
    x = b.flatten(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}
