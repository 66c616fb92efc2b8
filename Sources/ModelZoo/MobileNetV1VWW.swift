import NetworkIR

/// The MLPerf Tiny visual wake words model (Banbury et al., "MLPerf Tiny Benchmark",
/// NeurIPS Datasets and Benchmarks 2021; person / no person on the Visual Wake Words dataset of
/// Chowdhery et al., 2019): MobileNetV1 at width 0.25 on 3x96x96 inputs with 2 classes.
///
/// The layout is `mobileNetV1`'s (channels 8, then 16 … 256) with the reference's details: ReLU,
/// TensorFlow `SAME` padding, a bias on every convolution (Keras's default), average pooling
/// over the final 3x3 map and a 2-way dense classifier. It has 7,489,664 weight MACs and
/// 216,322 parameters (Keras's trainable count; the 221,794 Keras reports adds 5,472 batch-norm
/// running statistics).
public func mobileNetV1VWW() throws(NetworkError) -> Network {
    try mobileNetV1(name: "mobilenetv1-vww", width: 0.25, resolution: 96, classes: 2, convolutionBias: true)
}
