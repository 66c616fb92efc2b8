/// What an analog crossbar (in-memory computing) profile adds: crossbar geometry, cell and
/// converter precision, converter cost, and how crossbars are grouped into tiles.
public struct CrossbarSection: Hashable, Sendable, Codable {
    public var crossbarRowCount: Count
    public var crossbarColumnCount: Count
    /// Bits stored per memristive cell.
    public var bitsPerCell: Count
    /// Bits applied per input cycle by the row drivers (DACs).
    public var dacBits: Count
    public var adcBits: Count
    /// Samples per second of one ADC.
    public var adcSampleRateHz: Quantity?
    /// Power of one ADC while converting.
    public var adcPowerWatts: Quantity?
    public var adcAreaSquareMillimetres: Quantity?
    /// Time of one crossbar read (one input cycle through the array).
    public var crossbarReadSeconds: Quantity?
    public var crossbarsPerTileCount: Count?
    public var tileCount: Count?
    public var technologyNodeNanometres: Quantity?
    public var chipAreaSquareMillimetres: Quantity?

    public init(crossbarRowCount: Count, crossbarColumnCount: Count, bitsPerCell: Count, dacBits: Count, adcBits: Count,
                adcSampleRateHz: Quantity? = nil, adcPowerWatts: Quantity? = nil, adcAreaSquareMillimetres: Quantity? = nil,
                crossbarReadSeconds: Quantity? = nil, crossbarsPerTileCount: Count? = nil, tileCount: Count? = nil,
                technologyNodeNanometres: Quantity? = nil, chipAreaSquareMillimetres: Quantity? = nil) {
        self.crossbarRowCount = crossbarRowCount
        self.crossbarColumnCount = crossbarColumnCount
        self.bitsPerCell = bitsPerCell
        self.dacBits = dacBits
        self.adcBits = adcBits
        self.adcSampleRateHz = adcSampleRateHz
        self.adcPowerWatts = adcPowerWatts
        self.adcAreaSquareMillimetres = adcAreaSquareMillimetres
        self.crossbarReadSeconds = crossbarReadSeconds
        self.crossbarsPerTileCount = crossbarsPerTileCount
        self.tileCount = tileCount
        self.technologyNodeNanometres = technologyNodeNanometres
        self.chipAreaSquareMillimetres = chipAreaSquareMillimetres
    }
}
