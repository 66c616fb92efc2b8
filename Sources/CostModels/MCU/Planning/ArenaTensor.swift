/// Where one activation tensor lives in the arena: the buffer it shares (several tensors share
/// one when a layer runs in place or only reinterprets its input) and that buffer's offset.
public struct ArenaTensor: Hashable, Sendable, Codable {
    /// The producing layer's name, or `input` for the network input.
    public var name: String
    /// Bytes of the tensor's data at the activation bit width.
    public var sizeBytes: Int
    /// Index into the plan's buffers.
    public var bufferIndex: Int
    public var offsetBytes: Int

    public init(name: String, sizeBytes: Int, bufferIndex: Int, offsetBytes: Int) {
        self.name = name
        self.sizeBytes = sizeBytes
        self.bufferIndex = bufferIndex
        self.offsetBytes = offsetBytes
    }
}
