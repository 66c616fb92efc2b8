/// The tensors of a convolution's backward pass as raw pointers: `x`, `dy` and `w` are read,
/// `dx` and `dw` (zeroed) are written by the kernel.
struct ConvolutionBackwardBuffers {
    let x: UnsafePointer<Float>
    let dy: UnsafePointer<Float>
    let w: UnsafePointer<Float>
    let dx: UnsafeMutablePointer<Float>
    let dw: UnsafeMutablePointer<Float>

    /// Allocates zeroed `dx` and `dw`, lets `body` fill them, and returns them with the bias
    /// gradient `db[c] = Σₙ Σₚ dY[n, c, p]` when `hasBias`: the gradients of both convolution
    /// kernels.
    /// `dx` starts uninitialised instead when `overwritesInputGradient` (the body writes every element).
    static func gradients(
        x: Tensor, dy: Tensor, weight: Tensor, hasBias: Bool, outChannels: Int, outPlane: Int,
        overwritesInputGradient: Bool = false, _ body: (ConvolutionBackwardBuffers) -> Void
    ) -> KernelGradients {
        var dx = overwritesInputGradient ? Tensor(uninitialized: x.shape) : Tensor(zeros: x.shape)
        var dw = Tensor(zeros: weight.shape)
        x.withSharedScalars { xp in
            dy.withSharedScalars { dyp in
                weight.withSharedScalars { wp in
                    dx.withMutableSharedScalars { dxp in
                        dw.withMutableSharedScalars { dwp in
                            body(ConvolutionBackwardBuffers(
                                x: UnsafePointer(xp.base), dy: UnsafePointer(dyp.base), w: UnsafePointer(wp.base),
                                dx: dxp.base, dw: dwp.base))
                        }
                    }
                }
            }
        }
        var gradients = [dw]
        if hasBias {
            let db = dy.withSharedScalars {
                ChannelBlocks.sums(UnsafePointer($0.base), images: x.batch, channels: outChannels, plane: outPlane)
            }
            gradients.append(Tensor(shape: [outChannels], scalars: db))
        }
        return KernelGradients(inputs: [dx], parameters: gradients)
    }
}
