/// What a microcontroller profile adds: the part, its on-chip memories and core features.
public struct MCUSection: Hashable, Sendable, Codable {
    /// Vendor part number, e.g. `STM32F746NG`.
    public var partNumber: String
    /// CPU core, e.g. `Arm Cortex-M7`.
    public var core: String
    /// On-chip SRAM usable for data (all banks, tightly coupled memory included).
    public var sramBytes: Count
    /// On-chip flash for code and weights.
    public var flashBytes: Count
    /// Core cycles per flash read at `clocks.coreClockHz` (wait states + 1).
    public var flashReadCycles: Count?
    /// Whether the core has the Armv7E-M DSP (SIMD multiply-accumulate) instructions.
    public var hasDSPExtension: Bool
    /// Whether the core has a hardware floating-point unit.
    public var hasFPU: Bool

    public init(partNumber: String, core: String, sramBytes: Count, flashBytes: Count,
                flashReadCycles: Count? = nil, hasDSPExtension: Bool, hasFPU: Bool) {
        self.partNumber = partNumber
        self.core = core
        self.sramBytes = sramBytes
        self.flashBytes = flashBytes
        self.flashReadCycles = flashReadCycles
        self.hasDSPExtension = hasDSPExtension
        self.hasFPU = hasFPU
    }
}
