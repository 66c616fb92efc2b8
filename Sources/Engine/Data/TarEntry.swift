/// A regular file inside a `TarArchive`.
public struct TarEntry: Sendable, Hashable {
    /// The member's path, without a leading `./`.
    public var name: String
    /// Where its contents lie in `TarArchive.bytes`.
    public var range: Range<Int>
}
