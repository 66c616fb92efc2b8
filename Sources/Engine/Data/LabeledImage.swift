/// One image file to decode and where its bytes are: a file on disk or a range of an archive.
struct LabeledImage: Sendable {
    enum Location: Sendable {
        case file
        case archive(Range<Int>)
    }

    /// The file's path, or `archive:member` for an archive member; named in errors.
    var path: String
    var label: Int32
    var location: Location
}
