/// An 8-bit image with interleaved channels: pixel `(y, x)` channel `c` is at
/// `pixels[(y * width + x) * channels + c]`, rows top to bottom.
public struct DecodedImage: Sendable, Hashable {
    public var width: Int
    public var height: Int
    /// 1 (grayscale) or 3 (RGB).
    public var channels: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * channels,
                     "DecodedImage: \(pixels.count) bytes for \(width)x\(height)x\(channels)")
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }
}
