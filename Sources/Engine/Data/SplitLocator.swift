/// Finds the training and test parts of a data set inside a directory or an archive, at most two
/// levels below the path given, the shallowest first.
enum SplitLocator {
    static let maximumDepth = 2

    /// The directory holding `data_batch_1.bin`.
    static func cifarBatchDirectory(in root: String) -> String? {
        directories(under: root).first { DataFile.exists(DataFile.join($0, "data_batch_1.bin")) }
    }

    /// The member prefix (`""` or ending in `/`) of `data_batch_1.bin`.
    static func cifarBatchDirectory(in archive: TarArchive) -> String? {
        let file = "data_batch_1.bin"
        let prefixes = archive.entries.compactMap { entry -> String? in
            guard entry.name.utf8.suffix(file.utf8.count).elementsEqual(file.utf8) else { return nil }
            let parts = entry.name.split(separator: "/")
            guard parts.last == Substring(file), parts.count <= maximumDepth + 1 else { return nil }
            return parts.dropLast().map { $0 + "/" }.joined()
        }
        return prefixes.min { $0.count < $1.count }
    }

    static func loadFolders(
        directory root: String, name: String, report: (String) -> Void
    ) throws(DataError) -> (training: Dataset, test: Dataset) {
        guard let base = directories(under: root).first(where: {
            DataFile.isDirectory(DataFile.join($0, "train")) && DataFile.isDirectory(DataFile.join($0, "test"))
        }) else {
            throw DataError.notFound(
                path: DataFile.join(root, "train"),
                expected: "train/ and test/ directories of class subdirectories, at most \(maximumDepth) levels down")
        }
        report("decoding training images in \(DataFile.join(base, "train"))")
        let training = try ImageFolderLoader.load(directory: DataFile.join(base, "train"), name: name)
        report("decoding test images in \(DataFile.join(base, "test"))")
        let test = try ImageFolderLoader.load(directory: DataFile.join(base, "test"), name: name, classNames: training.classNames)
        return (training, test)
    }

    static func loadFolders(
        archive: TarArchive, name: String, report: (String) -> Void
    ) throws(DataError) -> (training: Dataset, test: Dataset) {
        var parents: [String: Set<String>] = ["train": [], "test": []]
        for entry in archive.entries {
            let name = entry.name.utf8
            let parts = name.split(separator: UInt8(ascii: "/"), maxSplits: maximumDepth + 2)
            for depth in 0..<min(maximumDepth + 1, max(parts.count - 2, 0)) {
                let split = String(Substring(parts[depth]))
                guard parents[split] != nil else { continue }
                parents[split, default: []].insert(String(Substring(name[..<parts[depth].startIndex])))
            }
        }
        let common = parents["train"]!.intersection(parents["test"]!)
        guard let base = common.min(by: { ($0.count, $0) < ($1.count, $1) }) else {
            throw DataError.notFound(
                path: "\(archive.path):train/",
                expected: "members train/<class>/<image> and test/<class>/<image>, at most \(maximumDepth) levels down")
        }
        report("decoding training images in \(archive.path):\(base)train")
        let training = try ImageFolderLoader.load(archive: archive, root: base + "train", name: name)
        report("decoding test images in \(archive.path):\(base)test")
        let test = try ImageFolderLoader.load(archive: archive, root: base + "test", name: name, classNames: training.classNames)
        return (training, test)
    }

    /// `root` and the directories below it down to `maximumDepth - 1`, breadth first, names sorted.
    private static func directories(under root: String) -> [String] {
        var found = [root]
        var level = [root]
        for _ in 0..<maximumDepth {
            level = level.flatMap { directory in
                ((try? DataFile.contents(of: directory)) ?? []).filter { !$0.hasPrefix(".") }
                    .map { DataFile.join(directory, $0) }.filter(DataFile.isDirectory)
            }
            found += level
        }
        return found
    }
}
