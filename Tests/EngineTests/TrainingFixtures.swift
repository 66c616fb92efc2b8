import Engine
import Foundation
import NetworkIR
import Randomness

/// Small seeded problems for optimiser, trainer and weight-file tests.
enum TrainingFixtures {
    /// Two Gaussian blobs in 8 dimensions (items `[8, 1, 1]`), means −1 and +1 in every
    /// coordinate, unit variance: linearly separable up to about 0.2 % Bayes error.
    static func blobs(count: Int, seed: UInt64, name: String = "blobs") -> Dataset {
        var rng = SeededGenerator(seed: seed)
        var features: [Float] = []
        var labels: [Int32] = []
        for i in 0..<count {
            let label = Int32(i % 2)
            labels.append(label)
            for _ in 0..<8 {
                let u1 = Double.random(in: Double.ulpOfOne..<1, using: &rng)
                let u2 = Double.random(in: 0..<1, using: &rng)
                let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
                features.append(Float((label == 0 ? -1 : 1) + normal))
            }
        }
        return Dataset(name: name, itemShape: [8, 1, 1], features: features, labels: labels, classNames: ["a", "b"])
    }

    /// flatten → fc1 (hidden) → ReLU → fc2 (2 logits), with explicit layer names.
    static func mlp(
        name: String = "mlp", hidden: Int = 16, outputBias: Bool = true, activation: Activation = .relu
    ) -> Network {
        var b = NetworkBuilder(name: name, input: TensorShape(channels: 8, height: 1, width: 1))
        var x = b.flatten(b.input, name: "flatten")
        x = b.linear(x, hidden, name: "fc1")
        x = b.activation(x, activation, name: "act1")
        x = b.linear(x, 2, bias: outputBias, name: "fc2")
        return try! b.build()
    }

    static func model(_ network: Network = mlp(), seed: UInt64 = 1) -> Model {
        var rng = SeededGenerator(seed: seed)
        return Model(network: network, using: &rng)
    }
}
