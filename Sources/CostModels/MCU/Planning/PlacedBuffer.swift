/// A buffer with its place in the arena: bytes `offsetBytes ..< offsetBytes + sizeBytes`.
public struct PlacedBuffer: Hashable, Sendable, Codable {
    public var name: String
    public var sizeBytes: Int
    public var firstStep: Int
    public var lastStep: Int
    public var offsetBytes: Int

    public init(_ request: BufferRequest, offsetBytes: Int) {
        name = request.name
        sizeBytes = request.sizeBytes
        firstStep = request.firstStep
        lastStep = request.lastStep
        self.offsetBytes = offsetBytes
    }

    public var endBytes: Int { offsetBytes + sizeBytes }

    public var request: BufferRequest {
        BufferRequest(name: name, sizeBytes: sizeBytes, firstStep: firstStep, lastStep: lastStep)
    }

    /// Whether the two buffers are live at a common step and share a byte.
    public func collides(with other: PlacedBuffer) -> Bool {
        request.overlapsInTime(other.request) && offsetBytes < other.endBytes && other.offsetBytes < endBytes
            && sizeBytes > 0 && other.sizeBytes > 0
    }
}
