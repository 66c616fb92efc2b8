/// Why a profiling or validation run cannot proceed, in words for the command line.
public struct ProfilerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
