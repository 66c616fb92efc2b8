/// How an inference runtime lays out memory and code on a microcontroller: what it adds to the
/// flash image and to the SRAM arena beyond the weights and activations, and which operators it
/// runs in place.
public struct MCURuntime: Hashable, Sendable, Codable {
    /// What the figures model, e.g. `TensorFlow Lite Micro with CMSIS-NN kernels`.
    public var description: String
    /// The kernel library whose cycle figures apply: a key of `mcu.kernelLibraries`.
    public var kernelLibrary: String
    /// Flash taken by the runtime itself (interpreter or generated scheduler, start-up code).
    public var runtimeCodeBytes: Count
    /// Flash taken by one operator kind's kernels (counted once per kind the network uses); when
    /// absent, `runtimeCodeBytes` already includes the kernels.
    public var operatorCodeBytes: Count?
    /// Flash per output channel of a conv or linear layer besides weights and its int32 bias:
    /// per-channel quantisation parameters as the runtime stores them.
    public var flashBytesPerOutputChannel: Count?
    /// Flash per tensor for its description (shape, type, quantisation record) in the model.
    public var flashBytesPerTensor: Count?
    /// SRAM the runtime keeps per tensor beside the data (tensor structs in the arena).
    public var arenaOverheadBytesPerTensor: Count?
    /// SRAM per output channel of a conv or linear layer (per-channel multipliers and shifts
    /// computed at start-up and kept in the arena).
    public var arenaBytesPerOutputChannel: Count?
    /// Alignment of every buffer in the arena.
    public var arenaAlignmentBytes: Count?
    /// SRAM the runtime needs outside the arena (interpreter state, stack at its peak).
    public var runtimeSRAMBytes: Count?
    /// Whether the network input is a buffer in the arena (else the application owns it).
    public var inputInArena: Bool
    /// Operators run in place when legal (see `InPlaceOperation`).
    public var inPlace: [InPlaceOperation]
    /// Columns of the im2col buffer of a k×k convolution (CMSIS-NN's s8 convolution expands two
    /// output positions at a time into int16 columns: `2 · inC · kH · kW · 2` bytes of scratch).
    public var im2colColumnCount: Count?

    public init(description: String, kernelLibrary: String, runtimeCodeBytes: Count, operatorCodeBytes: Count? = nil,
                flashBytesPerOutputChannel: Count? = nil, flashBytesPerTensor: Count? = nil,
                arenaOverheadBytesPerTensor: Count? = nil, arenaBytesPerOutputChannel: Count? = nil,
                arenaAlignmentBytes: Count? = nil, runtimeSRAMBytes: Count? = nil, inputInArena: Bool,
                inPlace: [InPlaceOperation], im2colColumnCount: Count? = nil) {
        self.description = description
        self.kernelLibrary = kernelLibrary
        self.runtimeCodeBytes = runtimeCodeBytes
        self.operatorCodeBytes = operatorCodeBytes
        self.flashBytesPerOutputChannel = flashBytesPerOutputChannel
        self.flashBytesPerTensor = flashBytesPerTensor
        self.arenaOverheadBytesPerTensor = arenaOverheadBytesPerTensor
        self.arenaBytesPerOutputChannel = arenaBytesPerOutputChannel
        self.arenaAlignmentBytes = arenaAlignmentBytes
        self.runtimeSRAMBytes = runtimeSRAMBytes
        self.inputInArena = inputInArena
        self.inPlace = inPlace
        self.im2colColumnCount = im2colColumnCount
    }
}
