/// What a microcontroller profile adds: the part, its on-chip memories and core features, the
/// kernel libraries' cycle figures on this core, and the runtimes whose cost the profile models.
public struct MCUSection: Hashable, Sendable, Codable {
    /// Vendor part number, e.g. `STM32F746NG`.
    public var partNumber: String
    /// CPU core, e.g. `Arm Cortex-M7`.
    public var core: String
    /// On-chip SRAM usable for data (all banks, tightly coupled memory included).
    public var sramBytes: Count
    /// The contiguous SRAM a runtime can give its tensor arena, when smaller than `sramBytes`
    /// (e.g. the STM32H743's 512 KB AXI SRAM); the fit check uses it.
    public var arenaSRAMBytes: Count?
    /// On-chip flash for code and weights.
    public var flashBytes: Count
    /// Core cycles per flash read at `clocks.coreClockHz` (wait states + 1).
    public var flashReadCycles: Count?
    /// Bytes one flash read brings in (flash accelerator or cache line); with `flashReadCycles`
    /// it prices the first read of every weight.
    public var flashLineBytes: Count?
    /// Whether the core has the Armv7E-M DSP (SIMD multiply-accumulate) instructions.
    public var hasDSPExtension: Bool
    /// Whether the core has a hardware floating-point unit.
    public var hasFPU: Bool
    /// The runtime `coforge cost` prices unless told otherwise: a key of `runtimes`.
    public var defaultRuntime: String
    /// Inference runtimes on this part, by id (`tflm-cmsis-nn`, `tinyengine`, …).
    public var runtimes: ProfileTable<MCURuntime>
    /// Kernel cycle figures on this core, by library id (`cmsis-nn`, `reference`, …).
    public var kernelLibraries: ProfileTable<MCUKernelTable>

    public init(partNumber: String, core: String, sramBytes: Count, arenaSRAMBytes: Count? = nil, flashBytes: Count,
                flashReadCycles: Count? = nil, flashLineBytes: Count? = nil, hasDSPExtension: Bool, hasFPU: Bool,
                defaultRuntime: String, runtimes: ProfileTable<MCURuntime>, kernelLibraries: ProfileTable<MCUKernelTable>) {
        self.partNumber = partNumber
        self.core = core
        self.sramBytes = sramBytes
        self.arenaSRAMBytes = arenaSRAMBytes
        self.flashBytes = flashBytes
        self.flashReadCycles = flashReadCycles
        self.flashLineBytes = flashLineBytes
        self.hasDSPExtension = hasDSPExtension
        self.hasFPU = hasFPU
        self.defaultRuntime = defaultRuntime
        self.runtimes = runtimes
        self.kernelLibraries = kernelLibraries
    }

    /// The SRAM the arena must fit in.
    public var arenaLimitBytes: Int { arenaSRAMBytes?.value ?? sramBytes.value }
}
