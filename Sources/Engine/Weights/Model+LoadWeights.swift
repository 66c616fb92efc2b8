import Foundation

extension Model {
    /// Replaces every parameter and buffer with the tensors of the safetensors file at `url`
    /// (see `save(to:)` for the format). Nothing changes unless the whole file is valid.
    ///
    /// Checks, each failure naming the file and the tensor or header field: the length prefix and
    /// JSON header parse; `__metadata__.format` (when present) is `coforge.weights`; every tensor
    /// of `namedTensors` is present as `F32` with the model's shape and a byte range inside the
    /// file; no other tensors are present; and, when `requireMatchingFingerprint`, the
    /// `__metadata__.fingerprint` equals this network's. Pass `false` to load weights written by
    /// another tool or for an equivalent network saved under another description.
    ///
    /// - Returns: the file's `__metadata__` (e.g. the input normalisation a trainer stored).
    /// - Complexity: O(file size).
    @discardableResult
    public mutating func loadWeights(
        from url: URL, requireMatchingFingerprint: Bool = true
    ) throws(WeightFileError) -> [String: String] {
        let path = url.path
        let file: Data
        do { file = try Data(contentsOf: url) } catch {
            throw WeightFileError(file: path, reason: "cannot read file: \(error.localizedDescription)")
        }
        let (header, dataStart) = try SafeTensorsHeader.parse(file, path: path)
        let metadata = header.metadata ?? [:]
        if let format = metadata["format"], format != Self.weightFileFormat {
            throw WeightFileError(
                file: path, field: "__metadata__.format", reason: "expected \"\(Self.weightFileFormat)\", found \"\(format)\"")
        }
        let entries = Dictionary(header.tensors, uniquingKeysWith: { first, _ in first })
        let dataBytes = file.count - dataStart
        var values: [String: Tensor] = [:]
        for (name, tensor) in namedTensors {
            guard let entry = entries[name] else {
                throw WeightFileError(file: path, field: name, reason: "missing tensor, expected F32 of shape \(tensor.shape)")
            }
            guard entry.dtype == "F32" else {
                throw WeightFileError(file: path, field: "\(name).dtype", reason: "expected \"F32\", found \"\(entry.dtype)\"")
            }
            guard entry.shape == tensor.shape else {
                throw WeightFileError(file: path, field: "\(name).shape", reason: "expected \(tensor.shape), found \(entry.shape)")
            }
            guard entry.end - entry.begin == 4 * tensor.count else {
                throw WeightFileError(
                    file: path, field: "\(name).data_offsets",
                    reason: "expected a range of \(4 * tensor.count) bytes, found [\(entry.begin), \(entry.end)]")
            }
            guard entry.end <= dataBytes else {
                throw WeightFileError(
                    file: path, field: name,
                    reason: "data [\(entry.begin), \(entry.end)) runs past the end of the \(dataBytes)-byte data section (truncated file?)")
            }
            values[name] = Tensor(shape: tensor.shape, scalars: Self.floats(file, at: dataStart + entry.begin, count: tensor.count))
        }
        if let unknown = header.tensors.map(\.name).filter({ values[$0] == nil }).sorted().first {
            throw WeightFileError(file: path, field: unknown, reason: "unknown tensor: network \"\(network.name)\" has no such parameter or buffer")
        }
        if requireMatchingFingerprint {
            let expected = try fingerprint(path: path)
            guard let found = metadata["fingerprint"] else {
                throw WeightFileError(
                    file: path, field: "__metadata__.fingerprint", reason: "missing, expected \(expected) (network \"\(network.name)\")")
            }
            guard found == expected else {
                throw WeightFileError(
                    file: path, field: "__metadata__.fingerprint",
                    reason: "the file's network (\(metadata["network"] ?? "unnamed"), \(found)) differs from \"\(network.name)\" (\(expected))")
            }
        }
        for (i, layer) in network.layers.enumerated() {
            parameters[i] = kernels[i].parameterSpecs.map { values["\(layer.name).\($0.name)"]! }
            buffers[i] = kernels[i].bufferSpecs.map { values["\(layer.name).\($0.name)"]! }
        }
        return metadata
    }

    /// `count` little-endian float32 values starting at byte `offset` of `data`.
    private static func floats(_ data: Data, at offset: Int, count: Int) -> [Float] {
        data.withUnsafeBytes { raw in
            (0..<count).map { k in
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4 * k, as: UInt32.self)))
            }
        }
    }
}
