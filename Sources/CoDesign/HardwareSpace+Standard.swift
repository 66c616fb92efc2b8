import CostModels

extension HardwareSpace {
    /// The knobs a named co-design space (`nb201+eyeriss-like`) varies around a base design:
    /// - PE rows and columns: 8, 16, 32 and the base's (8 × 8 and 32 × 32 are among the arrays
    ///   SCALE-Sim's examples and the validation use);
    /// - global buffer: half, the same and twice the base's KiB; register file: half, the same
    ///   and twice the base's bytes (a knob is left out when the base has no such level);
    /// - every dataflow;
    /// - weights 4, 8, 16 bits and activations 8, 16 bits (the fixed-point widths of quantised
    ///   inference), plus the base's word width.
    public static func standardKnobs(around base: HardwareConfiguration) -> [HardwareKnob] {
        func around(_ fixed: [Int], _ value: Int) -> [Int] { Array(Set(fixed + [value])).sorted() }
        var knobs: [HardwareKnob] = [
            .peRowCount(around([8, 16, 32], base.peRowCount)),
            .peColumnCount(around([8, 16, 32], base.peColumnCount)),
        ]
        if let bytes = base.globalBufferBytes, bytes % 2048 == 0 {
            let kib = bytes / 1024
            knobs.append(.globalBufferKiB([kib / 2, kib, kib * 2]))
        }
        if let bytes = base.registerFileBytes, bytes % 2 == 0 {
            knobs.append(.registerFileBytes([bytes / 2, bytes, bytes * 2]))
        }
        knobs.append(.dataflow(DataflowSection.Dataflow.allCases))
        knobs.append(.weightBits(around([4, 8, 16], base.weightBits)))
        knobs.append(.activationBits(around([8, 16], base.activationBits)))
        return knobs
    }

    /// The space of `standardKnobs` around `base`'s own configuration.
    public static func standard(id: String, base: HardwareProfile) throws(HardwareSpaceError) -> HardwareSpace {
        guard let configuration = HardwareConfiguration(profile: base) else {
            throw HardwareSpaceError(space: id, knob: nil, reason: "the base profile \"\(base.name)\" is of kind \(base.kind.rawValue); expected asic-dataflow")
        }
        return try HardwareSpace(id: id, base: base, knobs: standardKnobs(around: configuration))
    }
}
