import Foundation

/// Loads the binary version of CIFAR-10 (Krizhevsky 2009, https://www.cs.toronto.edu/~kriz/cifar.html).
///
/// Each batch file (`data_batch_1.bin` … `data_batch_5.bin`, `test_batch.bin`) is a sequence of
/// 3073-byte records: one label byte (0–9), then the 32×32 image as three 1024-byte planes, red,
/// green and blue, each row-major. `batches.meta.txt` lists the class names, one a line.
public enum CIFAR10BinaryLoader {
    /// The CIFAR-10 classes in label order, which is also alphabetical order.
    public static let classNames = [
        "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck",
    ]

    public static let trainingFiles = (1...5).map { "data_batch_\($0).bin" }
    public static let testFiles = ["test_batch.bin"]

    static let imageBytes = 3 * 32 * 32
    static let recordBytes = 1 + imageBytes

    /// The records of `files`, in order, as `[3, 32, 32]` items scaled to `[0, 1]`.
    public static func load(files: [String], name: String, classNames: [String] = classNames) throws(DataError) -> Dataset {
        var parts: [(bytes: [UInt8], path: String)] = []
        for path in files {
            parts.append((try DataFile.readInflating(path), path))
        }
        return try dataset(parts, name: name, classNames: classNames)
    }

    /// The class names in `batches.meta.txt` (blank lines ignored): exactly ten are expected.
    public static func classNames(metaFile path: String) throws(DataError) -> [String] {
        try classNames(meta: DataFile.read(path), path: path)
    }

    static func classNames(meta bytes: [UInt8], path: String) throws(DataError) -> [String] {
        let names = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard names.count == classNames.count else {
            throw DataError.malformed(path: path, field: "class name lines", found: "\(names.count) names",
                                      expected: "\(classNames.count) names, one a line")
        }
        return names
    }

    static func dataset(_ parts: [(bytes: [UInt8], path: String)], name: String, classNames: [String]) throws(DataError) -> Dataset {
        var features: [Float] = []
        var labels: [Int32] = []
        features.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        for (bytes, path) in parts {
            let records = bytes.count / recordBytes
            if bytes.count % recordBytes != 0 {
                throw DataError.truncated(
                    path: path, field: "record \(records) (1 label byte + \(imageBytes) pixel bytes)",
                    offset: records * recordBytes, needed: recordBytes, fileSize: bytes.count)
            }
            for record in 0..<records {
                let start = record * recordBytes
                guard Int(bytes[start]) < classNames.count else {
                    throw DataError.malformed(
                        path: path, field: "label of record \(record) at offset \(start)", found: "\(bytes[start])",
                        expected: "a class index from 0 to \(classNames.count - 1)")
                }
                labels.append(Int32(bytes[start]))
                features.append(contentsOf: DataFile.unitScaled(bytes[(start + 1)..<(start + recordBytes)]))
            }
        }
        return Dataset(name: name, itemShape: [3, 32, 32], features: features, labels: labels, classNames: classNames)
    }
}
