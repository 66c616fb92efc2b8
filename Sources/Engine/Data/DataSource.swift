/// A data set named on the command line, loaded as a training and a test split.
///
/// Spec strings:
/// - `fashion-mnist` or `fashion-mnist:DIR`: the Fashion-MNIST IDX files, by default from the
///   Debian package `dataset-fashion-mnist` (`/usr/share/datasets/fashion-mnist`).
/// - `mnist:DIR`, `idx:DIR`: `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`,
///   `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte` in DIR, each optionally `.gz`.
/// - `cifar10:PATH`: the CIFAR-10 binary batches (`data_batch_1.bin` …, `test_batch.bin`), or an
///   image-folder tree with `train/` and `test/`, in a directory or a `.tar`/`.tar.gz` archive,
///   found up to two levels down.
/// - `folder:PATH`: an image-folder tree `train/<class>/*`, `test/<class>/*` in a directory or an
///   archive, found up to two levels down.
/// - `csv:TRAIN.csv[,TEST.csv]`: tables with a `label` column; without a test table, a seeded 20 %
///   of the training rows (seed 0) is held out as the test split.
public struct DataSource: Sendable, Hashable, CustomStringConvertible {
    public static let fashionMNISTDirectory = "/usr/share/datasets/fashion-mnist"
    static let specForms = "fashion-mnist[:DIR], mnist:DIR, idx:DIR, cifar10:PATH, folder:PATH or csv:TRAIN.csv[,TEST.csv]"

    public var kind: Kind

    public init(kind: Kind) {
        self.kind = kind
    }

    public init(parsing spec: String) throws(DataError) {
        let colon = spec.firstIndex(of: ":")
        let scheme = spec[..<(colon ?? spec.endIndex)].lowercased()
        let argument = colon.map { String(spec[spec.index(after: $0)...]) }
        if scheme == "fashion-mnist", argument?.isEmpty != true {
            kind = .fashionMNIST(directory: argument ?? Self.fashionMNISTDirectory)
            return
        }
        guard let argument, !argument.isEmpty else {
            throw DataError.invalidSpec(spec: spec, expected: Self.specForms)
        }
        switch scheme {
        case "mnist", "idx": kind = .idx(directory: argument, name: scheme)
        case "cifar10", "cifar-10": kind = .cifar10(path: argument)
        case "folder": kind = .imageFolder(path: argument)
        case "csv":
            let paths = argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(paths.count), !paths.contains(where: \.isEmpty) else {
                throw DataError.invalidSpec(spec: spec, expected: "csv:TRAIN.csv or csv:TRAIN.csv,TEST.csv")
            }
            kind = .csv(training: paths[0], test: paths.count == 2 ? paths[1] : nil)
        default:
            throw DataError.invalidSpec(spec: spec, expected: Self.specForms)
        }
    }

    public var description: String {
        switch kind {
        case .fashionMNIST(let directory): "Fashion-MNIST (IDX files in \(directory))"
        case .idx(let directory, let name): "\(name == "mnist" ? "MNIST" : "IDX") files in \(directory)"
        case .cifar10(let path): "CIFAR-10 from \(path)"
        case .imageFolder(let path): "image folders in \(path)"
        case .csv(let training, let test):
            "CSV table \(training)" + (test.map { ", test table \($0)" } ?? " (20 % held out for test, seed 0)")
        }
    }
}
