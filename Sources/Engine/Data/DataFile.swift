import Foundation
import Platform

/// Whole-file reads for the loaders, with errors that name the file.
enum DataFile {
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func read(_ path: String) throws(DataError) -> [UInt8] {
        guard exists(path) else { throw DataError.notFound(path: path, expected: "a file") }
        guard !isDirectory(path) else { throw DataError.unreadable(path: path, reason: "it is a directory") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DataError.unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// The file's bytes, inflated when they start with the gzip magic number (whatever the name).
    static func readInflating(_ path: String) throws(DataError) -> [UInt8] {
        try inflating(read(path), path: path)
    }

    static func inflating(_ bytes: [UInt8], path: String) throws(DataError) -> [UInt8] {
        guard Gzip.isGzip(bytes) else { return bytes }
        do {
            return try Gzip.decompress(bytes)
        } catch {
            throw DataError.malformed(path: path, field: "gzip stream", found: "invalid (\(error))",
                                      expected: "a complete gzip stream (RFC 1952)")
        }
    }

    /// The names in a directory, sorted by their UTF-8 bytes so the order is the same everywhere.
    static func contents(of directory: String) throws(DataError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        } catch {
            throw DataError.unreadable(path: directory, reason: error.localizedDescription)
        }
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Byte values scaled to `[0, 1]`.
    static let unitScale: [Float] = (0..<256).map { Float($0) / 255 }

    static func unitScaled(_ bytes: ArraySlice<UInt8>) -> [Float] {
        [Float](unsafeUninitializedCapacity: bytes.count) { output, initialized in
            unitScale.withUnsafeBufferPointer { scale in
                bytes.withUnsafeBufferPointer { input in
                    for i in 0..<input.count { output[i] = scale[Int(input[i])] }
                }
            }
            initialized = bytes.count
        }
    }
}
