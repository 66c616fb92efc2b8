/// The memory plan of one network on one runtime: the execution order, the arena's buffers with
/// their offsets, and each tensor's place, in a form a code generator can emit as is.
public struct ArenaPlan: Hashable, Sendable, Codable {
    /// Layer names in execution order (views included; they run no kernel).
    public var executionOrder: [String]
    /// Buffers (tensors sharing memory are one buffer; scratch buffers are named `<layer>.scratch`).
    public var memory: MemoryPlan
    /// Every activation tensor in the arena, in execution order (the input first when it is in the arena).
    public var tensors: [ArenaTensor]
    /// The arena TensorFlow Lite Micro's greedy-by-size planner needs for the same buffers.
    public var greedyArenaBytes: Int
    /// Every buffer size is rounded up to this.
    public var alignmentBytes: Int

    public init(executionOrder: [String], memory: MemoryPlan, tensors: [ArenaTensor], greedyArenaBytes: Int, alignmentBytes: Int) {
        self.executionOrder = executionOrder
        self.memory = memory
        self.tensors = tensors
        self.greedyArenaBytes = greedyArenaBytes
        self.alignmentBytes = alignmentBytes
    }

    public var arenaBytes: Int { memory.arenaBytes }
}
