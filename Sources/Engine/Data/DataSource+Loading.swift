import Randomness

extension DataSource {
    /// Reads both splits. `progress` receives a short line before each slow step.
    public func load(progress: ((String) -> Void)? = nil) throws(DataError) -> (training: Dataset, test: Dataset) {
        let report = progress ?? { _ in }
        switch kind {
        case .fashionMNIST(let directory):
            return try loadIDX(directory, name: "fashion-mnist", classNames: IDXLoader.fashionMNISTClassNames,
                               hint: "; install the Debian package dataset-fashion-mnist (apt-get install dataset-fashion-mnist)",
                               report: report)
        case .idx(let directory, let name):
            return try loadIDX(directory, name: name, classNames: name == "mnist" ? IDXLoader.digitClassNames : nil,
                               hint: "", report: report)
        case .cifar10(let path):
            return try loadCIFAR10(path, report: report)
        case .imageFolder(let path):
            guard DataFile.exists(path) else {
                throw DataError.notFound(path: path, expected: "a directory or tar archive with train/ and test/ image folders")
            }
            return try DataFile.isDirectory(path)
                ? SplitLocator.loadFolders(directory: path, name: "folder", report: report)
                : SplitLocator.loadFolders(archive: TarArchive(contentsOf: path), name: "folder", report: report)
        case .csv(let training, let test):
            report("reading \(training)\(test.map { " and \($0)" } ?? "")")
            if let test { return try CSVLoader.load(training: training, test: test) }
            var generator = SeededGenerator(seed: 0)
            let split = try CSVLoader.load(path: training).split(validationFraction: 0.2, using: &generator)
            return (split.training, split.validation)
        }
    }

    private func loadIDX(
        _ directory: String, name: String, classNames: [String]?, hint: String, report: (String) -> Void
    ) throws(DataError) -> (training: Dataset, test: Dataset) {
        func file(_ stem: String) throws(DataError) -> String {
            let plain = DataFile.join(directory, stem)
            for candidate in [plain + ".gz", plain] where DataFile.exists(candidate) { return candidate }
            throw DataError.notFound(path: plain + ".gz", expected: "the IDX file \(stem) or \(stem).gz\(hint)")
        }
        let paths = try (file("train-images-idx3-ubyte"), file("train-labels-idx1-ubyte"),
                         file("t10k-images-idx3-ubyte"), file("t10k-labels-idx1-ubyte"))
        report("reading \(paths.0)")
        var training = try IDXLoader.load(images: paths.0, labels: paths.1, name: name, classNames: classNames)
        report("reading \(paths.2)")
        var test = try IDXLoader.load(images: paths.2, labels: paths.3, name: name, classNames: classNames)
        if classNames == nil {
            let classes = training.classCount >= test.classCount ? training.classNames : test.classNames
            (training.classNames, test.classNames) = (classes, classes)
        }
        return (training, test)
    }

    private func loadCIFAR10(_ path: String, report: (String) -> Void) throws(DataError) -> (training: Dataset, test: Dataset) {
        guard DataFile.exists(path) else {
            throw DataError.notFound(
                path: path, expected: "the CIFAR-10 binary batches or train/ and test/ image folders, in a directory or a tar archive")
        }
        if DataFile.isDirectory(path) {
            if let batches = SplitLocator.cifarBatchDirectory(in: path) {
                report("reading CIFAR-10 batches in \(batches)")
                return try cifarBinary(location: DataFile.join(batches, "")) { file throws(DataError) in
                    let full = DataFile.join(batches, file)
                    return DataFile.exists(full) ? (try DataFile.readInflating(full), full) : nil
                }
            }
            return try SplitLocator.loadFolders(directory: path, name: "cifar10", report: report)
        }
        report("reading \(path)")
        let archive = try TarArchive(contentsOf: path)
        if let batches = SplitLocator.cifarBatchDirectory(in: archive) {
            let members = Dictionary(archive.entries.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
            return try cifarBinary(location: "\(path):\(batches)") { file in
                members[batches + file].map { (Array(archive.contents(of: $0)), "\(path):\(batches)\(file)") }
            }
        }
        return try SplitLocator.loadFolders(archive: archive, name: "cifar10", report: report)
    }

    /// The batches `read(name)` returns, `nil` meaning the file is absent; `location` prefixes
    /// the names in errors.
    private func cifarBinary(
        location: String, _ read: (String) throws(DataError) -> (bytes: [UInt8], path: String)?
    ) throws(DataError) -> (training: Dataset, test: Dataset) {
        var classes = CIFAR10BinaryLoader.classNames
        if let meta = try read("batches.meta.txt") {
            classes = try CIFAR10BinaryLoader.classNames(meta: meta.bytes, path: meta.path)
        }
        func batches(_ files: [String]) throws(DataError) -> [(bytes: [UInt8], path: String)] {
            var parts: [(bytes: [UInt8], path: String)] = []
            for file in files {
                guard let part = try read(file) else {
                    throw DataError.notFound(path: location + file, expected: "the CIFAR-10 batch \(file) beside data_batch_1.bin")
                }
                parts.append(part)
            }
            return parts
        }
        return (try CIFAR10BinaryLoader.dataset(batches(CIFAR10BinaryLoader.trainingFiles), name: "cifar10", classNames: classes),
                try CIFAR10BinaryLoader.dataset(batches(CIFAR10BinaryLoader.testFiles), name: "cifar10", classNames: classes))
    }
}
