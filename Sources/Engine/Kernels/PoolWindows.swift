import NetworkIR

/// The input rows and columns each output position of a pooling layer covers.
///
/// Output row `oh` starts at padded coordinate `oh·strideH − padTop`; its window is the
/// `kernelH` rows from there. `rowStart..<rowEnd` is the part inside the input and `rowPadded`
/// the part inside the padded input `[−padTop, H + padBottom)`, which is what PyTorch and ONNX
/// divide by when average pooling counts padding (`count_include_pad`). Columns likewise.
struct PoolWindows: Sendable {
    let channels: Int
    let inputHeight: Int
    let inputWidth: Int
    let outputHeight: Int
    let outputWidth: Int
    let rowStart: [Int]
    let rowEnd: [Int]
    let rowPadded: [Int]
    let columnStart: [Int]
    let columnEnd: [Int]
    let columnPadded: [Int]
    /// Cells per window, padding included: a rough cost per output.
    let kernelArea: Int

    init(pool: Pool2D, input: TensorShape, output: TensorShape) {
        precondition(input.height * input.width <= Int(Int32.max),
                     "pooling: an input plane of \(input.height)x\(input.width) exceeds Int32 argmax indices")
        channels = input.channels
        kernelArea = pool.kernel.area
        inputHeight = input.height
        inputWidth = input.width
        outputHeight = output.height
        outputWidth = output.width
        func ranges(count: Int, stride: Int, kernel: Int, padBefore: Int, padAfter: Int, size: Int)
            -> (start: [Int], end: [Int], padded: [Int]) {
            var start: [Int] = [], end: [Int] = [], padded: [Int] = []
            for o in 0..<count {
                let first = o * stride - padBefore
                let last = first + kernel
                start.append(min(max(first, 0), size))
                end.append(max(min(last, size), min(max(first, 0), size)))
                padded.append(max(min(last, size + padAfter) - first, 0))
            }
            return (start, end, padded)
        }
        let rows = ranges(count: output.height, stride: pool.stride.height, kernel: pool.kernel.height,
                          padBefore: pool.padding.top, padAfter: pool.padding.bottom, size: input.height)
        let columns = ranges(count: output.width, stride: pool.stride.width, kernel: pool.kernel.width,
                             padBefore: pool.padding.left, padAfter: pool.padding.right, size: input.width)
        (rowStart, rowEnd, rowPadded) = rows
        (columnStart, columnEnd, columnPadded) = columns
    }

    var inputPlane: Int { inputHeight * inputWidth }
    var outputPlane: Int { outputHeight * outputWidth }

    func outputShape(batch: Int) -> [Int] { [batch, channels, outputHeight, outputWidth] }

    /// Calls `body(o, rows, columns)` for every output position `o = oh·W' + ow`, with the input
    /// rows and columns its window covers (possibly empty when the window lies in padding).
    ///
    /// - Complexity: O(H'·W') calls.
    @inline(__always)
    func forEachWindow(_ body: (Int, Range<Int>, Range<Int>) -> Void) {
        for oh in 0..<outputHeight {
            let rows = rowStart[oh]..<rowEnd[oh]
            for ow in 0..<outputWidth {
                body(oh * outputWidth + ow, rows, columnStart[ow]..<columnEnd[ow])
            }
        }
    }
}
