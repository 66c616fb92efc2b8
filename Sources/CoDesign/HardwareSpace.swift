import CostModels
import SearchSpaces

/// The accelerator designs a co-design search may choose among: a base asic-dataflow profile
/// and the knobs (PE rows and columns, buffer sizes, dataflow, weight and activation widths)
/// that vary it, one categorical gene per knob.
///
/// A hardware genome decodes to a `HardwareConfiguration` (`configuration(for:)`) and to the
/// base profile with that configuration applied (`profile(for:)`), which every cost model
/// of the base's kind accepts. Its text form is `knob=value` pairs in gene order,
/// `peRowCount=16,peColumnCount=16,dataflow=weightStationary`.
public struct HardwareSpace: Hashable, Sendable {
    /// The memory level the `globalBufferKiB` knob sizes.
    public static let globalBufferLevel = "globalBuffer"
    /// The per-PE memory level the `registerFileBytes` knob sizes.
    public static let registerFileLevel = "registerFile"

    /// Short name, the hardware half of a co-design space's name (`eyeriss-like`).
    public let id: String
    public let base: HardwareProfile
    /// The base profile's own values.
    public let baseConfiguration: HardwareConfiguration
    public let knobs: [HardwareKnob]
    public let genes: [Gene]

    /// Throws if `base` is not a valid asic-dataflow profile, a knob repeats or has a bad
    /// choice list, or a buffer knob names a memory level the base does not have.
    public init(id: String, base: HardwareProfile, knobs: [HardwareKnob]) throws(HardwareSpaceError) {
        guard base.kind == .asicDataflow, let baseConfiguration = HardwareConfiguration(profile: base) else {
            throw HardwareSpaceError(space: id, knob: nil, reason: "the base profile \"\(base.name)\" is of kind \(base.kind.rawValue); expected asic-dataflow")
        }
        if let issue = base.validate().first {
            throw HardwareSpaceError(space: id, knob: nil, reason: "the base profile \"\(base.name)\" is invalid: \(issue)")
        }
        var seen: Set<String> = []
        for knob in knobs {
            guard seen.insert(knob.name).inserted else {
                throw HardwareSpaceError(space: id, knob: knob.name, reason: "given twice")
            }
            if let issue = knob.choiceIssue { throw HardwareSpaceError(space: id, knob: knob.name, reason: issue) }
            if case .globalBufferKiB = knob, baseConfiguration.globalBufferBytes == nil {
                throw HardwareSpaceError(space: id, knob: knob.name, reason: "the base profile has no memory level \(Self.globalBufferLevel) with sizeBytes")
            }
            if case .registerFileBytes = knob, baseConfiguration.registerFileBytes == nil {
                throw HardwareSpaceError(space: id, knob: knob.name, reason: "the base profile has no memory level \(Self.registerFileLevel) with sizeBytes")
            }
        }
        self.id = id
        self.base = base
        self.baseConfiguration = baseConfiguration
        self.knobs = knobs
        genes = knobs.map { Gene(name: $0.name, choices: $0.labels) }
    }

    public var cardinality: Double { genes.reduce(1.0) { $0 * Double($1.choices.count) } }

    /// The design a hardware genome (one value per knob, in knob order) describes.
    public func configuration(for genome: Genome) throws(GenomeError) -> HardwareConfiguration {
        guard genome.values.count == knobs.count else {
            throw GenomeError(space: id, gene: nil, reason: "has \(genome.values.count) hardware genes, expected \(knobs.count)")
        }
        var c = baseConfiguration
        for (knob, value) in zip(knobs, genome.values) {
            guard knob.labels.indices.contains(value) else {
                throw GenomeError(space: id, gene: knob.name, reason: "choice index \(value) is outside 0..<\(knob.labels.count)")
            }
            switch knob {
            case .peRowCount(let v): c.peRowCount = v[value]
            case .peColumnCount(let v): c.peColumnCount = v[value]
            case .globalBufferKiB(let v): c.globalBufferBytes = v[value] * 1024
            case .registerFileBytes(let v): c.registerFileBytes = v[value]
            case .dataflow(let v): c.dataflow = v[value]
            case .weightBits(let v): c.weightBits = v[value]
            case .activationBits(let v): c.activationBits = v[value]
            }
        }
        return c
    }

    /// The genome of a configuration, or `nil` when some knob's value is not among its choices.
    public func genome(for configuration: HardwareConfiguration) -> Genome? {
        var values: [Int] = []
        for knob in knobs {
            guard let label = configuration.label(of: knob.name), let i = knob.labels.firstIndex(of: label) else { return nil }
            values.append(i)
        }
        return Genome(values)
    }

    /// `knob=value` pairs in gene order, joined by commas.
    public func string(of genome: Genome) -> String {
        zip(genes, genome.values).map { gene, value in
            "\(gene.name)=\(gene.choices.indices.contains(value) ? gene.choices[value] : "invalid \(value)")"
        }.joined(separator: ",")
    }
}
