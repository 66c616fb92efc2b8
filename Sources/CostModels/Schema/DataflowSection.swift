/// What an ASIC dataflow-accelerator profile adds: the PE array, its dataflow, the row-stationary
/// scratch pads, the absolute MAC energy and the area figures. Buffer sizes, bandwidths and
/// per-access energies are `memory.levels` (`registerFile`, `array`, `globalBuffer`, `DRAM`).
public struct DataflowSection: Hashable, Sendable, Codable {
    /// Which operand stays in the PEs (Chen et al., ISCA 2016, taxonomy of CNN dataflows).
    public enum Dataflow: String, ProfileChoice, ProfileValueForm {
        case rowStationary, outputStationary, weightStationary, inputStationary

        public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
    }

    /// How an average pooling layer runs on an array that only multiplies and accumulates.
    public enum AveragePooling: String, ProfileChoice, ProfileValueForm {
        /// A k×k convolution from C to C channels with fixed weights (1/k² on the channel's own
        /// diagonal): what a dense-convolution-only mapper does; HW-NAS-Bench's Eyeriss figures
        /// price `avg_pool_3x3` exactly like `nor_conv_3x3`, i.e. this way.
        case denseConvolution
        /// A depthwise k×k convolution (one channel per group).
        case depthwiseConvolution
        /// A pass through the global buffer and DRAM with no MACs (a pooling unit beside the buffer).
        case bufferPass

        public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
    }

    public var peRowCount: Count
    public var peColumnCount: Count
    public var dataflow: Dataflow
    /// Width of one operand word (weights and activations).
    public var wordBits: Count
    public var macsPerPEPerCycle: Count?
    public var technologyNodeNanometres: Quantity
    public var coreAreaSquareMillimetres: Quantity?
    public var chipAreaSquareMillimetres: Quantity?
    /// Energy of one MAC of `wordBits` operands at `technologyNodeNanometres`: the unit of every
    /// `energyPerAccessRelativeToMAC`.
    public var macEnergyJoules: Quantity?
    /// Row-stationary scratch pads of one PE, in words of `wordBits`: filter weights, ifmap
    /// sliding window and partial sums (Chen et al., JSSC 2017, Section IV).
    public var filterScratchpadWords: Count?
    public var ifmapScratchpadWords: Count?
    public var psumScratchpadWords: Count?
    /// Area of one PE with its scratch pads and control logic.
    public var peAreaSquareMillimetres: Quantity?
    /// Area of 1,024 bytes of global-buffer SRAM, periphery included.
    public var sramAreaSquareMillimetresPerKibibyte: Quantity?
    /// Absent: `bufferPass`.
    public var averagePooling: AveragePooling?

    public init(peRowCount: Count, peColumnCount: Count, dataflow: Dataflow, wordBits: Count,
                macsPerPEPerCycle: Count? = nil, technologyNodeNanometres: Quantity,
                coreAreaSquareMillimetres: Quantity? = nil, chipAreaSquareMillimetres: Quantity? = nil,
                macEnergyJoules: Quantity? = nil, filterScratchpadWords: Count? = nil, ifmapScratchpadWords: Count? = nil,
                psumScratchpadWords: Count? = nil, peAreaSquareMillimetres: Quantity? = nil,
                sramAreaSquareMillimetresPerKibibyte: Quantity? = nil, averagePooling: AveragePooling? = nil) {
        self.peRowCount = peRowCount
        self.peColumnCount = peColumnCount
        self.dataflow = dataflow
        self.wordBits = wordBits
        self.macsPerPEPerCycle = macsPerPEPerCycle
        self.technologyNodeNanometres = technologyNodeNanometres
        self.coreAreaSquareMillimetres = coreAreaSquareMillimetres
        self.chipAreaSquareMillimetres = chipAreaSquareMillimetres
        self.macEnergyJoules = macEnergyJoules
        self.filterScratchpadWords = filterScratchpadWords
        self.ifmapScratchpadWords = ifmapScratchpadWords
        self.psumScratchpadWords = psumScratchpadWords
        self.peAreaSquareMillimetres = peAreaSquareMillimetres
        self.sramAreaSquareMillimetresPerKibibyte = sramAreaSquareMillimetresPerKibibyte
        self.averagePooling = averagePooling
    }
}
