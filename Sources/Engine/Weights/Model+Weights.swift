import Foundation
import NetworkIR

/// Weight files in the safetensors format (Hugging Face, https://huggingface.co/docs/safetensors).
///
/// Layout:
///
///     [8 bytes]  N, the header length, unsigned little-endian
///     [N bytes]  JSON header, UTF-8, padded with spaces to a multiple of 8
///     [rest]     tensor data, float32 little-endian, row-major, tensors back to back
///
/// The header maps each tensor name to `{"dtype": "F32", "shape": [...], "data_offsets":
/// [begin, end]}` (byte offsets into the data section) and holds a `__metadata__` object of
/// strings: `"format": "coforge.weights"`, `"formatVersion": "1"`, `"network"`: the network's
/// name, `"fingerprint"`: `Network.fingerprint()` of the network the weights belong to.
///
/// Tensors are named `layer.parameter` as in `Model.namedTensors` (parameters and batch-norm
/// running statistics) and keep PyTorch's layouts, so Python reads a file with
/// `safetensors.numpy.load_file(path)` or `safetensors.torch.load_file(path)`.
extension Model {
    public static let weightFileFormat = "coforge.weights"
    public static let weightFileFormatVersion = "1"

    /// Writes every parameter and buffer to `url`, atomically: the bytes go to a temporary file
    /// in the same directory, which is flushed and then renamed over `url`, so `url` never holds a
    /// partial file.
    ///
    /// `metadata` adds string entries to `__metadata__` (the reserved keys format, formatVersion,
    /// network and fingerprint cannot be overridden).
    ///
    /// - Complexity: O(number of parameter and buffer scalars).
    public func save(to url: URL, metadata extra: [String: String] = [:]) throws(WeightFileError) {
        let data = try weightFileData(path: url.path, extraMetadata: extra)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1e9)).tmp")
        do {
            try data.write(to: temporary)
            let handle = try FileHandle(forUpdating: temporary)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WeightFileError(file: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WeightFileError(file: url.path, reason: "cannot replace the file: \(reason)")
        }
    }

    /// The bytes `save(to:)` writes; `path` only names the file in errors.
    ///
    /// - Complexity: O(number of parameter and buffer scalars).
    func weightFileData(path: String, extraMetadata: [String: String] = [:]) throws(WeightFileError) -> Data {
        let named = namedTensors
        var tensors: [(name: String, entry: SafeTensorsHeader.Entry)] = []
        var offset = 0
        for (name, tensor) in named {
            tensors.append((name, .init(dtype: "F32", shape: tensor.shape, begin: offset, end: offset + 4 * tensor.count)))
            offset += 4 * tensor.count
        }
        let metadata = extraMetadata.merging([
            "format": Self.weightFileFormat, "formatVersion": Self.weightFileFormatVersion,
            "network": network.name, "fingerprint": try fingerprint(path: path),
        ]) { _, reserved in reserved }
        let header = SafeTensorsHeader(metadata: metadata, tensors: tensors).encoded()
        var data = Data(count: 8 + header.count + offset)
        data.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: UInt64(header.count).littleEndian, toByteOffset: 0, as: UInt64.self)
            raw.baseAddress!.advanced(by: 8).copyMemory(from: Array(header), byteCount: header.count)
            var position = 8 + header.count
            for (_, tensor) in named {
                for x in tensor.scalars {
                    raw.storeBytes(of: x.bitPattern.littleEndian, toByteOffset: position, as: UInt32.self)
                    position += 4
                }
            }
        }
        return data
    }

    /// The network's fingerprint, with encoding failures reported against `path`.
    func fingerprint(path: String) throws(WeightFileError) -> String {
        do { return try network.fingerprint() } catch {
            throw WeightFileError(file: path, reason: "cannot encode network \"\(network.name)\": \(error)")
        }
    }
}
