/// A weight file that could not be written or read, with where and why.
public struct WeightFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Path of the file.
    public var file: String
    /// What in the file: a tensor name (`conv1.weight`), a header field
    /// (`conv1.weight.data_offsets`, `__metadata__.fingerprint`), or empty for the whole file.
    public var field: String
    public var reason: String

    public init(file: String, field: String = "", reason: String) {
        self.file = file
        self.field = field
        self.reason = reason
    }

    public var description: String {
        field.isEmpty ? "\(file): \(reason)" : "\(file): \(field): \(reason)"
    }
}
