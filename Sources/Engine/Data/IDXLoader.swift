/// Loads IDX files, the format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/).
///
/// An IDX file starts with a 4-byte magic number `00 00 TT DD`: two zero bytes, the element type
/// (`08` = unsigned byte, the only one used for images and labels) and the number of dimensions
/// `DD`. Then come `DD` sizes as 32-bit big-endian integers, then the elements in row-major order.
/// Images are `0x00000803` (count, rows, columns) and labels `0x00000801` (count). Files may be
/// gzip-compressed, as they are distributed; compression is recognised from the content.
public enum IDXLoader {
    /// The Fashion-MNIST classes, in label order (Xiao, Rasul & Vollgraf 2017).
    public static let fashionMNISTClassNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// The MNIST classes, the digits 0 to 9.
    public static let digitClassNames = (0...9).map(String.init)

    /// Images as `[1, rows, columns]` items scaled to `[0, 1]`, with their labels.
    ///
    /// - Parameter classNames: the classes; labels must be below its count. When nil, the classes
    ///   are `"0"` up to the largest label.
    public static func load(
        images imagesPath: String, labels labelsPath: String, name: String, classNames: [String]? = nil
    ) throws(DataError) -> Dataset {
        let images = try DataFile.readInflating(imagesPath)
        let imageDimensions = try header(images, path: imagesPath, dimensions: 3, kind: "images")
        let labels = try DataFile.readInflating(labelsPath)
        let labelDimensions = try header(labels, path: labelsPath, dimensions: 1, kind: "labels")
        let (count, rows, columns) = (imageDimensions[0], imageDimensions[1], imageDimensions[2])
        guard labelDimensions[0] == count else {
            throw DataError.malformed(
                path: labelsPath, field: "label count at offset 4", found: "\(labelDimensions[0])",
                expected: "\(count), the image count in \(imagesPath)")
        }
        for (offset, size) in [(8, rows), (12, columns)] where !(1...65_536).contains(size) {
            throw DataError.malformed(path: imagesPath, field: "image size at offset \(offset)",
                                      found: "\(size)", expected: "from 1 to 65536 pixels")
        }
        let itemBytes = rows * columns
        try checkSize(images, path: imagesPath, headerSize: 16, itemBytes: itemBytes, count: count, kind: "image")
        try checkSize(labels, path: labelsPath, headerSize: 8, itemBytes: 1, count: count, kind: "label")

        let labelBytes = labels[8...]
        let largest = Int(labelBytes.max() ?? 0)
        let classes = classNames ?? (0...largest).map(String.init)
        if let bad = labelBytes.firstIndex(where: { Int($0) >= classes.count }) {
            throw DataError.malformed(
                path: labelsPath, field: "label of item \(bad - 8) at offset \(bad)", found: "\(labels[bad])",
                expected: "a class index from 0 to \(classes.count - 1)")
        }
        let features = DataFile.unitScaled(images[16...])
        return Dataset(name: name, itemShape: [1, rows, columns], features: features,
                       labels: labelBytes.map(Int32.init), classNames: classes)
    }

    /// The sizes after the magic number, checked against the expected magic.
    private static func header(_ bytes: [UInt8], path: String, dimensions: Int, kind: String) throws(DataError) -> [Int] {
        let magic = "0x0000080\(dimensions)"
        guard bytes.count >= 4 else {
            throw DataError.truncated(path: path, field: "magic number", offset: 0, needed: 4, fileSize: bytes.count)
        }
        guard bytes[0] == 0, bytes[1] == 0, bytes[2] == 0x08, Int(bytes[3]) == dimensions else {
            let found = "0x" + bytes[0..<4].map { hex($0) }.joined()
            throw DataError.malformed(path: path, field: "magic number at offset 0", found: found,
                                      expected: "\(magic) (IDX \(kind): unsigned bytes, \(dimensions) dimension\(dimensions == 1 ? "" : "s"))")
        }
        let headerSize = 4 + 4 * dimensions
        guard bytes.count >= headerSize else {
            throw DataError.truncated(path: path, field: "dimension sizes", offset: 4,
                                      needed: 4 * dimensions, fileSize: bytes.count)
        }
        return (0..<dimensions).map { d in
            (0..<4).reduce(0) { $0 << 8 | Int(bytes[4 + 4 * d + $1]) }
        }
    }

    private static func checkSize(
        _ bytes: [UInt8], path: String, headerSize: Int, itemBytes: Int, count: Int, kind: String
    ) throws(DataError) {
        let (needed, overflow) = count.multipliedReportingOverflow(by: itemBytes)
        if overflow || bytes.count < headerSize + needed {
            throw DataError.truncated(path: path, field: "\(kind) data (\(count) × \(itemBytes) bytes)",
                                      offset: headerSize, needed: overflow ? Int.max : needed, fileSize: bytes.count)
        }
        if bytes.count > headerSize + needed {
            throw DataError.malformed(
                path: path, field: "file size", found: "\(bytes.count) bytes",
                expected: "\(headerSize + needed) bytes: a \(headerSize)-byte header and \(count) × \(itemBytes) bytes")
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 16 ? "0" + digits : digits
    }
}
