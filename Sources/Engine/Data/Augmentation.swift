/// Training-time augmentation: random crop from a zero-padded image and random horizontal flip,
/// the standard CIFAR recipe (He et al. 2016: pad 4, crop 32, flip).
public struct Augmentation: Sendable, Equatable {
    /// Zero padding on each side before a random crop back to the original size; 0 disables it.
    public var cropPadding: Int
    public var horizontalFlip: Bool

    public init(cropPadding: Int = 0, horizontalFlip: Bool = false) {
        precondition(cropPadding >= 0, "crop padding must be non-negative")
        self.cropPadding = cropPadding
        self.horizontalFlip = horizontalFlip
    }

    public static let none = Augmentation()
    /// Pad 4, random 32×32 crop, flip: the CIFAR-10 recipe.
    public static let cifar = Augmentation(cropPadding: 4, horizontalFlip: true)

    public var isIdentity: Bool { cropPadding == 0 && !horizontalFlip }

    /// Writes an augmented copy of `source` (`[C, H, W]`) into `destination`.
    ///
    /// Padding is zero in the normalised space, as when padding after normalisation.
    func apply(
        source: UnsafeBufferPointer<Float>, destination: UnsafeMutableBufferPointer<Float>,
        itemShape: [Int], using generator: inout some RandomNumberGenerator
    ) {
        let (channels, height, width) = (itemShape[0], itemShape[1], itemShape[2])
        let dy = cropPadding > 0 ? Int.random(in: -cropPadding...cropPadding, using: &generator) : 0
        let dx = cropPadding > 0 ? Int.random(in: -cropPadding...cropPadding, using: &generator) : 0
        let flip = horizontalFlip && Bool.random(using: &generator)
        for c in 0..<channels {
            let plane = c * height * width
            for y in 0..<height {
                let sy = y + dy
                for x in 0..<width {
                    let ox = flip ? width - 1 - x : x
                    let sx = ox + dx
                    destination[plane + y * width + x] =
                        (0..<height).contains(sy) && (0..<width).contains(sx) ? source[plane + sy * width + sx] : 0
                }
            }
        }
    }
}
