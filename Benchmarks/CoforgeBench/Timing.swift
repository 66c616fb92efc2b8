import Engine
import Foundation
import NetworkIR

/// Median wall time of `body` over `repeats` runs after `warmup` unmeasured runs.
func medianSeconds(warmup: Int, repeats: Int, _ body: () -> Void) -> Double {
    for _ in 0..<warmup { body() }
    var times: [Double] = []
    times.reserveCapacity(repeats)
    for _ in 0..<max(repeats, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    times.sort()
    return times[times.count / 2]
}

/// Writes a JSON object with sorted keys to standard output.
func printJSON(_ object: [String: Any]) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
    FileHandle.standardOutput.write(data)
    print()
}

/// A batch of uniform random inputs in [-1, 1] for `network`.
func randomInput(for network: Network, batch: Int, using generator: inout some RandomNumberGenerator) -> Tensor {
    let shape = network.inputShape
    return Tensor(
        shape: [batch, shape.channels, shape.height, shape.width],
        scalars: (0..<batch * shape.elementCount).map { _ in Float.random(in: -1...1, using: &generator) })
}
