/// Operators a runtime executes in place, writing its output over an input that is dead after it.
public enum InPlaceOperation: String, ProfileChoice, ProfileValueForm {
    /// A stand-alone element-wise activation (or softmax, or unfolded batch norm) over its input.
    case activation
    /// An element-wise add into one of its inputs that no later layer reads.
    case add
    /// A depthwise convolution over its input, one channel at a time through a one-channel
    /// buffer (MCUNet's in-place depthwise, Lin et al., NeurIPS 2020, section 3.2).
    case depthwise

    public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
}
