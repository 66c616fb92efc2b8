/// A SCALE-Sim-style systolic array (Samajdar et al., "SCALE-Sim: Systolic CNN Accelerator
/// Simulator", arXiv:1811.02883; "A Systematic Methodology for Characterizing Scalability of DNN
/// Accelerators using SCALE-Sim", ISPASS 2020): `rows × columns` MAC units fed from three
/// double-buffered SRAMs (IFMAP, filter, OFMAP) that are filled from and drained to DRAM.
public struct SystolicArray: Hashable, Sendable, Codable {
    /// Which operand stays in the PEs while the other two stream through.
    public enum Dataflow: String, Hashable, Sendable, Codable, CaseIterable {
        case outputStationary, weightStationary, inputStationary

        /// SCALE-Sim's spelling (`os`, `ws`, `is`).
        public var scaleSimName: String {
            switch self {
            case .outputStationary: "os"
            case .weightStationary: "ws"
            case .inputStationary: "is"
            }
        }

        public init?(scaleSimName: String) {
            guard let match = Self.allCases.first(where: { $0.scaleSimName == scaleSimName.lowercased() }) else { return nil }
            self = match
        }

        /// The systolic dataflow of a profile's `asicDataflow.dataflow`; `nil` for row stationary.
        public init?(_ profileDataflow: DataflowSection.Dataflow) {
            switch profileDataflow {
            case .outputStationary: self = .outputStationary
            case .weightStationary: self = .weightStationary
            case .inputStationary: self = .inputStationary
            case .rowStationary: return nil
            }
        }
    }

    public var rows: Int
    public var columns: Int
    public var dataflow: Dataflow
    public var ifmapSRAMBytes: Int
    public var filterSRAMBytes: Int
    public var ofmapSRAMBytes: Int
    /// Bytes of one operand word (SCALE-Sim fixes it at 1).
    public var wordBytes: Int
    /// Words per cycle DRAM delivers to all three SRAMs together; `nil` is SCALE-Sim's
    /// ideal-bandwidth (`CALC`) mode, where memory never stalls the array.
    public var dramWordsPerCycle: Double?
    /// Clock of the array; `nil` when only cycles are wanted (latencies are then NaN).
    public var clockHz: Double?
    /// Per-access energies; `nil` when only cycles and accesses are wanted.
    public var energy: SystolicEnergy?

    public init(rows: Int, columns: Int, dataflow: Dataflow, ifmapSRAMBytes: Int, filterSRAMBytes: Int,
                ofmapSRAMBytes: Int, wordBytes: Int = 1, dramWordsPerCycle: Double? = nil, clockHz: Double? = nil,
                energy: SystolicEnergy? = nil) {
        self.rows = rows
        self.columns = columns
        self.dataflow = dataflow
        self.ifmapSRAMBytes = ifmapSRAMBytes
        self.filterSRAMBytes = filterSRAMBytes
        self.ofmapSRAMBytes = ofmapSRAMBytes
        self.wordBytes = wordBytes
        self.dramWordsPerCycle = dramWordsPerCycle
        self.clockHz = clockHz
        self.energy = energy
    }

    public var peCount: Int { rows * columns }
}
