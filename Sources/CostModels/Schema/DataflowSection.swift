/// What an ASIC dataflow-accelerator profile adds: the PE array and its dataflow. Buffers
/// and their per-access energies are `memory.levels`.
public struct DataflowSection: Hashable, Sendable, Codable {
    /// Which operand stays in the PEs (Chen et al., ISCA 2016, taxonomy of CNN dataflows).
    public enum Dataflow: String, ProfileChoice, ProfileValueForm {
        case rowStationary, outputStationary, weightStationary, inputStationary

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

    public init(peRowCount: Count, peColumnCount: Count, dataflow: Dataflow, wordBits: Count,
                macsPerPEPerCycle: Count? = nil, technologyNodeNanometres: Quantity,
                coreAreaSquareMillimetres: Quantity? = nil, chipAreaSquareMillimetres: Quantity? = nil) {
        self.peRowCount = peRowCount
        self.peColumnCount = peColumnCount
        self.dataflow = dataflow
        self.wordBits = wordBits
        self.macsPerPEPerCycle = macsPerPEPerCycle
        self.technologyNodeNanometres = technologyNodeNanometres
        self.coreAreaSquareMillimetres = coreAreaSquareMillimetres
        self.chipAreaSquareMillimetres = chipAreaSquareMillimetres
    }
}
