/// One block of arena memory a runtime needs: its size and the execution steps it is live in.
///
/// Steps are inclusive on both ends, as in TensorFlow Lite Micro's planner: a tensor is live from
/// the step that produces it (`firstStep`) to the last step that reads it (`lastStep`), so a
/// layer's inputs and its output are live together at the layer's step.
public struct BufferRequest: Hashable, Sendable, Codable {
    /// What the buffer holds: a tensor name, or several joined when they share memory in place.
    public var name: String
    public var sizeBytes: Int
    public var firstStep: Int
    public var lastStep: Int

    public init(name: String, sizeBytes: Int, firstStep: Int, lastStep: Int) {
        precondition(sizeBytes >= 0 && firstStep <= lastStep, "buffer \(name): size \(sizeBytes), steps \(firstStep)...\(lastStep)")
        self.name = name
        self.sizeBytes = sizeBytes
        self.firstStep = firstStep
        self.lastStep = lastStep
    }

    /// Whether both buffers are live at some common step.
    public func overlapsInTime(_ other: BufferRequest) -> Bool {
        firstStep <= other.lastStep && other.firstStep <= lastStep
    }
}
