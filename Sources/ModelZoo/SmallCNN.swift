import NetworkIR

/// A small VGG-style CNN for 28x28 grey images (Fashion-MNIST, MNIST): two stages of two 3x3
/// conv–BN–ReLU layers (32 then 64 channels) each followed by a 2x2 max pool, then a 128-unit
/// dense layer with ReLU and the classifier. The usual baseline for Fashion-MNIST, where such
/// networks reach 92–93 % test accuracy (Xiao et al. 2017 list comparable CNN baselines).
///
/// At 28x28 it has 18,691,840 weight MACs and 468,010 parameters (BN affine terms included).
public func smallCNN(channels: Int = 1, resolution: Int = 28, classes: Int = 10) throws(NetworkError) -> Network {
    var b = NetworkBuilder(
        name: "small-cnn", input: TensorShape(channels: channels, height: resolution, width: resolution))
    var x = b.input
    for (stage, width) in [32, 64].enumerated() {
        for layer in 1...2 {
            b.scope = "stage\(stage + 1).conv\(layer)"
            x = b.relu(b.batchNorm(b.conv(x, width, kernel: 3, padding: .same, name: "conv"), name: "bn"))
        }
        b.scope = "stage\(stage + 1)"
        x = b.maxPool(x, kernel: 2, name: "pool")
    }
    b.scope = ""
    x = b.relu(b.linear(b.flatten(x, name: "flatten"), 128, name: "fc"))
    _ = b.linear(x, classes, name: "classifier")
    return try b.build()
}
