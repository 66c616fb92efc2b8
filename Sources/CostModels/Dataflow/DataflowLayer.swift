/// One layer as a dataflow accelerator sees it: a convolution in SCALE-Sim's topology terms
/// (IFMAP height and width, filter height and width, channels, number of filters, stride), with
/// a group count for depthwise and grouped convolutions. A fully connected layer is a 1×1
/// convolution over a 1×1 IFMAP; a GEMM `M×K · K×N` is `inputHeight = M, inputWidth = 1,
/// filter 1×1, channels = K, filterCount = N`.
///
/// SCALE-Sim takes the IFMAP as given (padding already applied by whoever wrote the topology), so
/// `inputHeight`/`inputWidth` here are the padded sizes.
public struct DataflowLayer: Hashable, Sendable, Codable {
    public var name: String
    public var inputHeight: Int
    public var inputWidth: Int
    public var filterHeight: Int
    public var filterWidth: Int
    /// Input channels.
    public var channels: Int
    /// Output channels.
    public var filterCount: Int
    public var strideHeight: Int
    public var strideWidth: Int
    /// Channel groups: 1 for a dense convolution, `channels` for a depthwise one.
    public var groups: Int

    public init(name: String, inputHeight: Int, inputWidth: Int, filterHeight: Int, filterWidth: Int, channels: Int,
                filterCount: Int, strideHeight: Int, strideWidth: Int, groups: Int = 1) {
        self.name = name
        self.inputHeight = inputHeight
        self.inputWidth = inputWidth
        self.filterHeight = filterHeight
        self.filterWidth = filterWidth
        self.channels = channels
        self.filterCount = filterCount
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.groups = groups
    }

    /// Output rows of the convolution: `⌊(inputHeight − filterHeight) / strideHeight⌋ + 1`.
    public var outputHeight: Int { (inputHeight - filterHeight) / strideHeight + 1 }
    public var outputWidth: Int { (inputWidth - filterWidth) / strideWidth + 1 }
    /// Output rows as SCALE-Sim 3.0.0 counts them (`topology_utils.py`):
    /// `⌈(inputHeight − filterHeight + strideHeight) / strideHeight⌉ = ⌈(H − F) / S⌉ + 1`, so a last
    /// window that runs past the IFMAP's edge still produces an output (its missing rows are
    /// skipped addresses). Equals `outputHeight` when `H − F` divides by the stride, i.e. for the
    /// tight IFMAP `(outputs − 1) · stride + filter`, which is what a layer taken from a network
    /// should carry so both counts agree.
    public var scaleSimOutputHeight: Int { (inputHeight - filterHeight + strideHeight - 1) / strideHeight + 1 }
    public var scaleSimOutputWidth: Int { (inputWidth - filterWidth + strideWidth - 1) / strideWidth + 1 }
    public var macs: Int {
        outputHeight * outputWidth * filterHeight * filterWidth * (channels / groups) * filterCount
    }
}
