import CostModels

/// One design choice of a dataflow accelerator, with the values a search may give it.
///
/// Each knob is one categorical gene of a `HardwareSpace`; its name carries the unit
/// (`globalBufferKiB`) and its choices are the listed values, as every gene of Coforge's spaces.
public enum HardwareKnob: Hashable, Sendable {
    /// PEs per array column (`asicDataflow.peRowCount`).
    case peRowCount([Int])
    /// PEs per array row (`asicDataflow.peColumnCount`).
    case peColumnCount([Int])
    /// Capacity of the shared on-chip buffer (memory level `globalBuffer`), in KiB.
    case globalBufferKiB([Int])
    /// Capacity of each PE's register file / scratch pad (memory level `registerFile`).
    case registerFileBytes([Int])
    /// Which operand stays in the PEs (`asicDataflow.dataflow`).
    case dataflow([DataflowSection.Dataflow])
    /// Width of one stored weight.
    case weightBits([Int])
    /// Width of one stored activation (input and output feature maps, partial sums excepted).
    case activationBits([Int])

    /// The gene name, also the key in a hardware string (`peRowCount=16,…`).
    public var name: String {
        switch self {
        case .peRowCount: "peRowCount"
        case .peColumnCount: "peColumnCount"
        case .globalBufferKiB: "globalBufferKiB"
        case .registerFileBytes: "registerFileBytes"
        case .dataflow: "dataflow"
        case .weightBits: "weightBits"
        case .activationBits: "activationBits"
        }
    }

    /// The choices as gene labels, in the order given.
    public var labels: [String] {
        switch self {
        case .peRowCount(let v), .peColumnCount(let v), .globalBufferKiB(let v), .registerFileBytes(let v),
             .weightBits(let v), .activationBits(let v):
            v.map(String.init)
        case .dataflow(let v): v.map(\.rawValue)
        }
    }

    /// A problem with the choices, or `nil`: at least one choice, numbers positive, no repeats.
    var choiceIssue: String? {
        if labels.isEmpty { return "needs at least one choice" }
        if Set(labels).count != labels.count { return "lists a choice twice: \(labels.joined(separator: ", "))" }
        if case .dataflow = self { return nil }
        if let bad = labels.first(where: { (Int($0) ?? 0) <= 0 }) { return "expected positive whole numbers, got \(bad)" }
        return nil
    }
}
