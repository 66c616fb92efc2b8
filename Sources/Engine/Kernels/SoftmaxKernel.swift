import Foundation
import NetworkIR

/// Softmax over the channel axis, independently for every batch item and spatial position:
/// `y_c = exp(x_c − max) / Σ_k exp(x_k − max)`; on vectors `[N, C, 1, 1]` this is the usual
/// row softmax. Subtracting the maximum keeps `exp` from overflowing.
///
/// Backward uses the output: `dx_c = y_c (dy_c − Σ_k dy_k y_k)`.
struct SoftmaxKernel: LayerKernel {
    let channels: Int
    let plane: Int

    init(input: TensorShape) {
        channels = input.channels
        plane = input.height * input.width
    }

    func forward(
        inputs: [Tensor], parameters: [Tensor], buffers: inout [Tensor], mode: ExecutionMode
    ) -> (output: Tensor, saved: SavedTensors) {
        let x = inputs[0]
        var y = Tensor(zeros: x.shape)
        let c = channels, plane = plane
        x.withSharedScalars { xp in
            y.withMutableSharedScalars { yp in
                parallelFor(x.batch, costPerItem: 8 * c * plane) { items in
                    let total = UnsafeMutablePointer<Float>.allocate(capacity: plane)
                    let largest = UnsafeMutablePointer<Float>.allocate(capacity: plane)
                    defer {
                        total.deallocate()
                        largest.deallocate()
                    }
                    for b in items {
                        let xs = xp.advanced(by: b * c * plane)
                        let ys = yp.advanced(by: b * c * plane)
                        largest.update(repeating: -.infinity, count: plane)
                        total.update(repeating: 0, count: plane)
                        for ch in 0..<c {
                            let row = xs + ch * plane
                            for i in 0..<plane { largest[i] = max(largest[i], row[i]) }
                        }
                        for ch in 0..<c {
                            let row = xs + ch * plane, out = ys + ch * plane
                            for i in 0..<plane {
                                let e = exp(row[i] - largest[i])
                                out[i] = e
                                total[i] += e
                            }
                        }
                        for i in 0..<plane { total[i] = 1 / total[i] }
                        for ch in 0..<c {
                            let out = ys + ch * plane
                            for i in 0..<plane { out[i] *= total[i] }
                        }
                    }
                }
            }
        }
        return (y, SavedTensors())
    }

    func backward(
        outputGradient dy: Tensor, inputs: [Tensor], output y: Tensor, parameters: [Tensor],
        saved: SavedTensors
    ) -> KernelGradients {
        var dx = Tensor(zeros: dy.shape)
        let c = channels, plane = plane
        y.withSharedScalars { yp in
            dy.withSharedScalars { gp in
                dx.withMutableSharedScalars { dp in
                    parallelFor(dy.batch, costPerItem: 4 * c * plane) { items in
                        let dot = UnsafeMutablePointer<Float>.allocate(capacity: plane)
                        defer { dot.deallocate() }
                        for b in items {
                            let offset = b * c * plane
                            dot.update(repeating: 0, count: plane)
                            for ch in 0..<c {
                                let ys = yp.advanced(by: offset + ch * plane), gs = gp.advanced(by: offset + ch * plane)
                                for i in 0..<plane { dot[i] += ys[i] * gs[i] }
                            }
                            for ch in 0..<c {
                                let ys = yp.advanced(by: offset + ch * plane), gs = gp.advanced(by: offset + ch * plane)
                                let ds = dp.advanced(by: offset + ch * plane)
                                for i in 0..<plane { ds[i] = ys[i] * (gs[i] - dot[i]) }
                            }
                        }
                    }
                }
            }
        }
        return KernelGradients(inputs: [dx])
    }
}
