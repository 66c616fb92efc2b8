import CostModels
import SearchSpaces

extension HardwareSpace {
    /// The base profile with the genome's configuration applied (`profile(for:)` of a configuration).
    public func profile(for genome: Genome) throws(GenomeError) -> HardwareProfile {
        profile(for: try configuration(for: genome))
    }

    /// The base profile with `configuration` applied: array size, dataflow, operand width
    /// (`wordBits`, the wider of weights and activations), buffer sizes, and one register file per
    /// PE when the base has one per PE. Every changed number gets a `derived` source
    /// `codesign-<knob>` naming the knob; the description lists every knob's value. The MAC energy
    /// scales with weight bits × activation bits (the multiplier's partial products). Figures of the
    /// base chip as built (core and chip area, power) are left out of a changed design, since
    /// nothing scales them; a model prices area and energy from per-PE, per-KB and per-access
    /// figures. The result is valid whenever the base is (`validate()` is empty).
    public func profile(for configuration: HardwareConfiguration) -> HardwareProfile {
        let c = configuration, b = baseConfiguration
        var profile = base
        var array = base.asicDataflow!
        func derived(_ knob: String, _ value: Int, was old: Count, because: String) -> Count {
            let id = "codesign-\(knob)"
            profile.sources[id] = Source(kind: .derived, citation: "co-design knob of hardware space \(self.id): \(because); the base profile \"\(base.name)\" has \(old.value) (source \(old.source))")
            return Count(value, source: id)
        }
        if c.peRowCount != b.peRowCount {
            array.peRowCount = derived("peRowCount", c.peRowCount, was: array.peRowCount, because: "peRowCount = \(c.peRowCount)")
        }
        if c.peColumnCount != b.peColumnCount {
            array.peColumnCount = derived("peColumnCount", c.peColumnCount, was: array.peColumnCount, because: "peColumnCount = \(c.peColumnCount)")
        }
        if c.wordBits != array.wordBits.value {
            array.wordBits = derived("wordBits", c.wordBits, was: array.wordBits,
                                     because: "wordBits = max(weightBits \(c.weightBits), activationBits \(c.activationBits))")
        }
        let baseBits = b.wordBits * b.wordBits, bits = c.weightBits * c.activationBits
        if let mac = array.macEnergyJoules, bits != baseBits {
            let sourceID = "codesign-macEnergy"
            profile.sources[sourceID] = Source(kind: .derived, citation: "co-design knob of hardware space \(id): a MAC's energy is dominated by its multiplier, whose partial products grow with weight bits × activation bits (Horowitz, ISSCC 2014, 45 nm: 0.2 pJ for an 8-bit and 3.1 pJ for a 32-bit integer multiply, about 16×); the base profile's \(mac.value) J (source \(mac.source)) at \(b.wordBits) × \(b.wordBits) bits scaled by \(c.weightBits) × \(c.activationBits) / \(baseBits)")
            array.macEnergyJoules = Quantity(mac.value * Double(bits) / Double(baseBits), source: sourceID)
        }
        array.dataflow = c.dataflow
        scaleScratchpads(&array, to: c, derived: derived)
        for (i, level) in profile.memory.levels.enumerated() {
            var level = level
            if level.name == Self.globalBufferLevel, let bytes = c.globalBufferBytes, let old = level.sizeBytes, bytes != old.value {
                level.sizeBytes = derived("globalBufferKiB", bytes, was: old, because: "globalBufferKiB = \(bytes / 1024), \(bytes) bytes")
            }
            if level.name == Self.registerFileLevel {
                if let bytes = c.registerFileBytes, let old = level.sizeBytes, bytes != old.value {
                    level.sizeBytes = derived("registerFileBytes", bytes, was: old, because: "registerFileBytes = \(bytes)")
                }
                if let old = level.instanceCount, old.value == b.peCount, c.peCount != b.peCount {
                    level.instanceCount = derived("peCount", c.peCount, was: old,
                                                  because: "one register file per PE, peRowCount × peColumnCount = \(c.peRowCount) × \(c.peColumnCount)")
                }
            }
            profile.memory.levels[i] = level
        }
        let changed = c != b
        if changed {
            array.coreAreaSquareMillimetres = nil
            array.chipAreaSquareMillimetres = nil
            profile.power = nil
        }
        profile.asicDataflow = array
        profile.name = "\(base.name) [\(settings(of: c))]"
        profile.description = description(of: c, changed: changed)
        return profile
    }

    /// Row stationary's three scratch pads share the register file: when its bytes or the word
    /// width change, each pad keeps its share of the words the register file now holds (rounded
    /// down, at least one word), so the pads always fit it.
    private func scaleScratchpads(_ array: inout DataflowSection, to c: HardwareConfiguration,
                                  derived: (String, Int, Count, String) -> Count) {
        let b = baseConfiguration
        guard let newBytes = c.registerFileBytes, let oldBytes = b.registerFileBytes else { return }
        let newWords = newBytes * 8 / c.wordBits, oldWords = oldBytes * 8 / b.wordBits
        guard newWords != oldWords else { return }
        func scaled(_ pad: Count?, _ name: String) -> Count? {
            guard let pad else { return nil }
            let words = max(1, pad.value * newWords / oldWords)
            return derived(name, words, pad, "the register file holds \(newWords) words of \(c.wordBits) bits (base \(oldWords)); this pad keeps its share, \(pad.value) × \(newWords) / \(oldWords) rounded down")
        }
        array.filterScratchpadWords = scaled(array.filterScratchpadWords, "filterScratchpadWords")
        array.ifmapScratchpadWords = scaled(array.ifmapScratchpadWords, "ifmapScratchpadWords")
        array.psumScratchpadWords = scaled(array.psumScratchpadWords, "psumScratchpadWords")
    }

    /// `knob=value` for every knob of the space, as in the hardware text form.
    func settings(of configuration: HardwareConfiguration) -> String {
        knobs.map { "\($0.name)=\(configuration.label(of: $0.name) ?? "-")" }.joined(separator: ",")
    }

    private func description(of c: HardwareConfiguration, changed: Bool) -> String {
        let knobText = knobs.map { knob in
            let value = c.label(of: knob.name) ?? "-", old = baseConfiguration.label(of: knob.name) ?? "-"
            return "\(knob.name) \(value)" + (value == old ? " (as the base)" : " (base \(old))")
        }
        let head = "Co-design point of hardware space \(id) over \"\(base.name)\": "
            + (knobText.isEmpty ? "no knobs" : knobText.joined(separator: ", "))
            + "; weights \(c.weightBits) bits, activations \(c.activationBits) bits, wordBits \(c.wordBits)."
        guard changed else { return head + " Every figure is the base profile's." }
        return head + " Core and chip area and power of the base chip are left out: they describe the base design."
    }
}
