import CostModels

/// The accelerator one hardware genome describes: every knob's value, those the genome does not
/// set taken from the base profile.
///
/// `weightBits` and `activationBits` are kept apart here; a profile has one operand width
/// (`asicDataflow.wordBits`), which `HardwareSpace.profile(for:)` sets to the wider of the two.
/// A cost model that prices weights and activations at their own widths reads them from here.
public struct HardwareConfiguration: Hashable, Sendable, Codable {
    public var peRowCount: Int
    public var peColumnCount: Int
    /// `nil` when the base profile has no `globalBuffer` level.
    public var globalBufferBytes: Int?
    /// Per PE; `nil` when the base profile has no `registerFile` level.
    public var registerFileBytes: Int?
    public var dataflow: DataflowSection.Dataflow
    public var weightBits: Int
    public var activationBits: Int

    public init(peRowCount: Int, peColumnCount: Int, globalBufferBytes: Int?, registerFileBytes: Int?,
                dataflow: DataflowSection.Dataflow, weightBits: Int, activationBits: Int) {
        self.peRowCount = peRowCount
        self.peColumnCount = peColumnCount
        self.globalBufferBytes = globalBufferBytes
        self.registerFileBytes = registerFileBytes
        self.dataflow = dataflow
        self.weightBits = weightBits
        self.activationBits = activationBits
    }

    /// The configuration a profile describes as it is; `nil` unless it is an asic-dataflow profile.
    public init?(profile: HardwareProfile) {
        guard let array = profile.asicDataflow else { return nil }
        let levels = profile.memory.levels
        self.init(
            peRowCount: array.peRowCount.value, peColumnCount: array.peColumnCount.value,
            globalBufferBytes: levels.first { $0.name == HardwareSpace.globalBufferLevel }?.sizeBytes?.value,
            registerFileBytes: levels.first { $0.name == HardwareSpace.registerFileLevel }?.sizeBytes?.value,
            dataflow: array.dataflow, weightBits: array.wordBits.value, activationBits: array.wordBits.value)
    }

    public var peCount: Int { peRowCount * peColumnCount }

    /// The operand width of the datapath: the wider of weights and activations.
    public var wordBits: Int { max(weightBits, activationBits) }

    /// The value of the knob called `name` as a gene label; `nil` for a buffer that is absent
    /// or (for `globalBufferKiB`) not a whole number of KiB.
    func label(of name: String) -> String? {
        switch name {
        case "peRowCount": String(peRowCount)
        case "peColumnCount": String(peColumnCount)
        case "globalBufferKiB": globalBufferBytes.flatMap { $0 % 1024 == 0 ? String($0 / 1024) : nil }
        case "registerFileBytes": registerFileBytes.map(String.init)
        case "dataflow": dataflow.rawValue
        case "weightBits": String(weightBits)
        case "activationBits": String(activationBits)
        default: nil
        }
    }
}
