import Dispatch
import Platform

/// Decodes JPEG and PNG files in parallel into one `[count, C, H, W]` block of features in `[0, 1]`.
///
/// The first image fixes the size and channel count; any other image that differs is an error
/// naming both files. Workers take contiguous ranges of the (sorted) list, and when several fail the
/// error of the earliest image is reported, so the outcome does not depend on scheduling.
struct ImageBatchDecoder {
    var items: [LabeledImage]
    /// The archive the `.archive` locations point into.
    var archive: [UInt8] = []

    func decode(threads: Int) throws(DataError) -> (features: [Float], itemShape: [Int]) {
        guard let first = items.first else { return ([], [0, 0, 0]) }
        let reference = try image(first)
        let shape = [reference.channels, reference.height, reference.width]
        let itemCount = shape.reduce(1, *)
        let workers = max(1, min(threads, items.count / 64 + 1))
        var failures = [DataError?](repeating: nil, count: workers)
        let chunk = (items.count + workers - 1) / workers
        let features = [Float](unsafeUninitializedCapacity: items.count * itemCount) { output, initialized in
            failures.withUnsafeMutableBufferPointer { slots in
                let out = SharedPointer(output.baseAddress!)
                let errors = SharedPointer(slots.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    let range = (worker * chunk)..<min((worker + 1) * chunk, items.count)
                    do throws(DataError) {
                        for index in range {
                            let decoded = try image(items[index])
                            try check(decoded, of: items[index], against: reference, from: first)
                            store(decoded, into: out.advanced(by: index * itemCount))
                        }
                    } catch {
                        errors[worker] = error
                    }
                }
            }
            initialized = failures.allSatisfy { $0 == nil } ? output.count : 0
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        return (features, shape)
    }

    private func image(_ item: LabeledImage) throws(DataError) -> DecodedImage {
        switch item.location {
        case .file:
            let bytes = try DataFile.read(item.path)
            return try bytes.withUnsafeBytes { buffer in
                Result { () throws(DataError) in try Self.decode(buffer, path: item.path) }
            }.get()
        case .archive(let range):
            return try archive.withUnsafeBytes { buffer in
                Result { () throws(DataError) in
                    try Self.decode(UnsafeRawBufferPointer(rebasing: buffer[range]), path: item.path)
                }
            }.get()
        }
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, path: String) throws(DataError) -> DecodedImage {
        do {
            if JPEGDecoder.isJPEG(bytes) { return try JPEGDecoder.decode(bytes) }
            if PNGDecoder.isPNG(bytes) { return try PNGDecoder.decode(bytes) }
        } catch {
            throw DataError.malformed(path: path, field: "image data", found: "undecodable (\(error))",
                                      expected: "a valid \(error.format.rawValue.uppercased()) image")
        }
        let head = bytes.prefix(4).map { String($0, radix: 16) }.joined(separator: " ")
        throw DataError.malformed(path: path, field: "file signature", found: "bytes \"\(head)\"",
                                  expected: "a JPEG (ff d8 ff) or PNG (89 50 4e 47 0d 0a 1a 0a) image")
    }

    private func check(
        _ image: DecodedImage, of item: LabeledImage, against reference: DecodedImage, from first: LabeledImage
    ) throws(DataError) {
        guard image.width != reference.width || image.height != reference.height
            || image.channels != reference.channels else { return }
        throw DataError.malformed(
            path: item.path, field: "image size", found: Self.describe(image),
            expected: "\(Self.describe(reference)) like \(first.path), as all images must share one size")
    }

    private static func describe(_ image: DecodedImage) -> String {
        "\(image.width)x\(image.height) with \(image.channels) channel\(image.channels == 1 ? "" : "s")"
    }

    /// Interleaved `H, W, C` bytes to planar `C, H, W` floats.
    private func store(_ image: DecodedImage, into destination: UnsafeMutablePointer<Float>) {
        let (channels, plane) = (image.channels, image.width * image.height)
        DataFile.unitScale.withUnsafeBufferPointer { scale in
            image.pixels.withUnsafeBufferPointer { pixels in
                for c in 0..<channels {
                    let target = destination + c * plane
                    var source = c
                    for p in 0..<plane {
                        target[p] = scale[Int(pixels[source])]
                        source += channels
                    }
                }
            }
        }
    }
}
