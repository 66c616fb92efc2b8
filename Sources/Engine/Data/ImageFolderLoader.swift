/// Loads images laid out one directory per class, `root/<class>/<image>`, from disk or from a tar
/// archive (read in memory, without extracting).
///
/// The classes are the subdirectory names sorted by their UTF-8 bytes; the images in each are
/// sorted the same way, so the order never depends on the file system. Files ending in `.jpg`,
/// `.jpeg` or `.png` (any case) are read, other files and hidden entries are ignored; the format is
/// recognised from the content. All images must share one size and channel count; they become
/// `[C, H, W]` items scaled to `[0, 1]`.
public enum ImageFolderLoader {
    public static let imageExtensions: Set<String> = ["jpg", "jpeg", "png"]

    /// - Parameter classNames: the classes to label with, such as the training split's when loading
    ///   the test split; a class directory not among them is an error. When nil, the subdirectories.
    public static func load(
        directory root: String, name: String, classNames: [String]? = nil, threads: Int = EngineThreads.count
    ) throws(DataError) -> Dataset {
        guard DataFile.isDirectory(root) else {
            throw DataError.notFound(path: root, expected: "a directory with one subdirectory of images per class")
        }
        var files: [(className: String, path: String)] = []
        for entry in try DataFile.contents(of: root) where !entry.hasPrefix(".") {
            let directory = DataFile.join(root, entry)
            guard DataFile.isDirectory(directory) else { continue }
            for file in try DataFile.contents(of: directory) where isImageName(file) {
                files.append((entry, DataFile.join(directory, file)))
            }
        }
        let classes = try classes(of: files.map(\.className), root: root, given: classNames)
        let items = files.map { LabeledImage(path: $0.path, label: Int32(classes.index[$0.className]!), location: .file) }
        return try dataset(ImageBatchDecoder(items: items), root: root, name: name, classNames: classes.names, threads: threads)
    }

    /// The images under `root` (a member directory such as `CIFAR-10-images/train`, or `""` for the
    /// top of the archive), laid out as on disk.
    public static func load(
        archive: TarArchive, root: String, name: String, classNames: [String]? = nil,
        threads: Int = EngineThreads.count
    ) throws(DataError) -> Dataset {
        let prefix = root.isEmpty || root.hasSuffix("/") ? root : root + "/"
        var files: [(className: String, file: String, range: Range<Int>)] = []
        for entry in archive.entries where entry.name.utf8.starts(with: prefix.utf8) {
            let parts = entry.name.utf8.dropFirst(prefix.utf8.count)
                .split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let (className, file) = (String(Substring(parts[0])), String(Substring(parts[1])))
            guard !className.hasPrefix("."), isImageName(file) else { continue }
            files.append((className, entry.name, entry.range))
        }
        files.sort {
            $0.className != $1.className
                ? $0.className.utf8.lexicographicallyPrecedes($1.className.utf8)
                : $0.file.utf8.lexicographicallyPrecedes($1.file.utf8)
        }
        let location = "\(archive.path):\(root)"
        let classes = try classes(of: files.map(\.className), root: location, given: classNames)
        let items = files.map {
            LabeledImage(path: "\(archive.path):\($0.file)", label: Int32(classes.index[$0.className]!),
                         location: .archive($0.range))
        }
        let decoder = ImageBatchDecoder(items: items, archive: archive.bytes)
        return try dataset(decoder, root: location, name: name, classNames: classes.names, threads: threads)
    }

    static func isImageName(_ name: some StringProtocol) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return imageExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func classes(
        of found: [String], root: String, given: [String]?
    ) throws(DataError) -> (names: [String], index: [String: Int]) {
        let present = Set(found).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let names = given ?? present
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        if let unknown = present.first(where: { index[$0] == nil }) {
            throw DataError.malformed(
                path: root, field: "class directory \"\(unknown)\"", found: "a class the training split lacks",
                expected: "one of \(names.joined(separator: ", "))")
        }
        return (names, index)
    }

    private static func dataset(
        _ decoder: ImageBatchDecoder, root: String, name: String, classNames: [String], threads: Int
    ) throws(DataError) -> Dataset {
        guard !decoder.items.isEmpty else {
            throw DataError.notFound(path: root, expected: "class subdirectories holding .jpg, .jpeg or .png images")
        }
        let (features, shape) = try decoder.decode(threads: threads)
        return Dataset(name: name, itemShape: shape, features: features,
                       labels: decoder.items.map(\.label), classNames: classNames)
    }
}
