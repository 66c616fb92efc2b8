import NetworkIR

/// The MLPerf Tiny anomaly detection model (Banbury et al., "MLPerf Tiny Benchmark", NeurIPS
/// Datasets and Benchmarks 2021): the fully connected autoencoder of the DCASE 2020 Task 2
/// baseline (Koizumi et al., 2020) on 5 frames × 128 log-mel bins of ToyADMOS / MIMII audio.
///
/// Input a 640-vector (640x1x1); four dense layers of 128, a bottleneck dense layer of 8 and
/// four dense layers of 128, each followed by BN and ReLU; a dense output layer of 640 that
/// reconstructs the input. Every dense layer has a bias. It has 264,192 weight MACs and 267,928
/// parameters (Keras's trainable count; the 269,992 Keras reports adds 2,064 batch-norm running
/// statistics).
public func fcAutoencoder() throws(NetworkError) -> Network {
    let features = 640
    let hidden = Array(repeating: 128, count: 4) + [8] + Array(repeating: 128, count: 4)
    var b = NetworkBuilder(name: "fc-autoencoder", input: .vector(features))
    var x = b.input
    for (i, width) in hidden.enumerated() {
        b.scope = "dense\(i + 1)"
        x = b.relu(b.batchNorm(b.linear(x, width)))
    }
    b.scope = ""
    let reconstruction = b.linear(x, features, name: "output")
    return try b.build(output: reconstruction)
}
