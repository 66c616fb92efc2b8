/// The regular files of a tar archive held in memory, read without extracting anything.
///
/// Reads POSIX ustar headers (IEEE Std 1003.1-1988, 512-byte blocks: name at 0, size as octal at
/// 124, checksum at 148, type flag at 156, `ustar` magic at 257, name prefix at 345), GNU long
/// names (type `L`), GNU base-256 sizes, and the `path` and `size` records of pax extended headers
/// (type `x`, IEEE Std 1003.1-2001). Directories, links and other special entries are skipped.
public struct TarArchive: Sendable {
    /// Where the archive came from, used in error messages as `path:member`.
    public let path: String
    /// The whole (inflated) archive.
    public let bytes: [UInt8]
    /// Regular files in archive order.
    public let entries: [TarEntry]

    /// Reads a `.tar`, `.tar.gz` or `.tgz` file; compression is recognised from the content.
    public init(contentsOf path: String) throws(DataError) {
        try self.init(bytes: DataFile.readInflating(path), path: path)
    }

    public init(bytes: [UInt8], path: String) throws(DataError) {
        self.path = path
        self.bytes = bytes
        var reader = TarHeaderReader(bytes: bytes, path: path)
        var entries: [TarEntry] = []
        while let entry = try reader.next() {
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The entry's contents.
    public func contents(of entry: TarEntry) -> ArraySlice<UInt8> {
        bytes[entry.range]
    }
}
