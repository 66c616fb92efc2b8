/// Why a compressed stream or an image could not be decoded or encoded.
public struct CodecError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Format: String, Hashable, Sendable {
        case gzip, jpeg, png
    }

    public var format: Format
    /// `"decode"` or `"encode"`.
    public var operation: String
    /// The input byte where decoding stopped, when the codec reports it.
    public var offset: Int?
    /// The codec's own explanation, e.g. zlib's `invalid distance too far back` or libjpeg's
    /// `Not a JPEG file: starts with 0x89 0x50`.
    public var reason: String

    public init(format: Format, operation: String, offset: Int? = nil, reason: String) {
        self.format = format
        self.operation = operation
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        let place = offset.map { " at byte \($0)" } ?? ""
        return "\(format.rawValue) \(operation) failed\(place): \(reason)"
    }
}
