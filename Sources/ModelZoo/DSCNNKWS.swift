import NetworkIR

/// The MLPerf Tiny keyword spotting model (Banbury et al., "MLPerf Tiny Benchmark", NeurIPS
/// Datasets and Benchmarks 2021): the DS-CNN of Zhang et al., "Hello Edge: Keyword Spotting on
/// Microcontrollers" (arXiv:1711.07128, 2017), on 49 frames × 10 MFCC features of Speech
/// Commands with 12 classes.
///
/// Input 1x49x10; a 10x4/2 conv to 64 channels + BN + ReLU (output 64x25x5); four
/// depthwise-separable blocks (3x3 depthwise + BN + ReLU, 1x1 conv to 64 + BN + ReLU); average
/// pool; flatten; dense classifier. The reference's pooling window is
/// `(int(49 / 2), int(10 / 2)) = 24x5` (valid), which reads all but the last row of the 25x5
/// map. Every conv keeps Keras's default bias and uses TensorFlow `SAME` padding. It has
/// 2,656,768 weight MACs and 23,756 parameters (Keras's trainable count).
public func dsCNNKWS(classes: Int = 12) throws(NetworkError) -> Network {
    let filters = 64
    var b = NetworkBuilder(name: "dscnn-kws", input: TensorShape(channels: 1, height: 49, width: 10))
    b.scope = "stem"
    var x = b.conv(b.input, filters, kernel: Size2(10, 4), stride: 2, padding: .same, bias: true)
    x = b.relu(b.batchNorm(x))
    for i in 0..<4 {
        b.scope = "block\(i + 1)"
        x = b.depthwise(x, kernel: 3, padding: .same, bias: true, name: "depthwise")
        x = b.relu(b.batchNorm(x, name: "depthwise_bn"))
        x = b.conv(x, filters, kernel: 1, padding: .same, bias: true, name: "pointwise")
        x = b.relu(b.batchNorm(x, name: "pointwise_bn"))
    }
    b.scope = "head"
    x = b.avgPool(x, kernel: Size2(49 / 2, 10 / 2))
    x = b.flatten(x)
    let logits = b.linear(x, classes, name: "classifier")
    return try b.build(output: logits)
}
