/// Which 8-bit channels an image decoder produces.
public enum ImageColor: Sendable, Hashable {
    /// One channel for grayscale files, three (RGB) for colour ones.
    case asStored
    /// One channel; colour is converted to luminance.
    case gray
    /// Three interleaved channels, red first; grayscale is replicated.
    case rgb
}
