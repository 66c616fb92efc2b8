/// What decides the buffers of an arena besides the network: element width, alignment, whether
/// the input lives in the arena, which operators run in place, and the im2col scratch.
public struct ArenaRules: Hashable, Sendable {
    public var activationBits: Int
    public var alignmentBytes: Int
    public var inputInArena: Bool
    public var inPlace: Set<InPlaceOperation>
    /// Output positions CMSIS-NN's k×k convolution expands at once into int16 im2col columns; nil: no scratch.
    public var im2colColumnCount: Int?

    public init(activationBits: Int = 8, alignmentBytes: Int = 1, inputInArena: Bool = true,
                inPlace: Set<InPlaceOperation> = [], im2colColumnCount: Int? = nil) {
        self.activationBits = activationBits
        self.alignmentBytes = max(1, alignmentBytes)
        self.inputInArena = inputInArena
        self.inPlace = inPlace
        self.im2colColumnCount = im2colColumnCount
    }

    /// The rules of a runtime at a bit width.
    public init(runtime: MCURuntime, activationBits: Int) {
        self.init(activationBits: activationBits, alignmentBytes: runtime.arenaAlignmentBytes?.value ?? 1,
                  inputInArena: runtime.inputInArena, inPlace: Set(runtime.inPlace),
                  im2colColumnCount: runtime.im2colColumnCount?.value)
    }

    func aligned(_ bytes: Int) -> Int { (bytes + alignmentBytes - 1) / alignmentBytes * alignmentBytes }
}
