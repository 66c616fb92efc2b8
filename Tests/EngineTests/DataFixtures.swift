import Foundation
import Platform

/// Small data-set files written into a fresh temporary directory, removed on `remove()`.
struct DataFixtures {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ name: String) -> String { root + "/" + name }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path(name)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// Deterministic bytes from a seed (a 64-bit LCG's high bits).
    static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static func bigEndian(_ value: Int) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
    }

    static func idxImages(_ pixels: [UInt8], count: Int, rows: Int, columns: Int) -> [UInt8] {
        [0, 0, 8, 3] + bigEndian(count) + bigEndian(rows) + bigEndian(columns) + pixels
    }

    static func idxLabels(_ labels: [UInt8]) -> [UInt8] {
        [0, 0, 8, 1] + bigEndian(labels.count) + labels
    }

    /// CIFAR-10 binary records: label byte, then 3072 pixel bytes.
    static func cifarRecords(labels: [UInt8], seed: UInt64) -> [UInt8] {
        labels.enumerated().flatMap { i, label in [label] + bytes(3072, seed: seed &+ UInt64(i)) }
    }

    static func image(width: Int, height: Int, channels: Int, seed: UInt64) -> DecodedImage {
        DecodedImage(width: width, height: height, channels: channels,
                     pixels: bytes(width * height * channels, seed: seed))
    }

    /// A flat image, which JPEG reproduces exactly.
    static func flat(width: Int, height: Int, channels: Int, value: UInt8) -> DecodedImage {
        DecodedImage(width: width, height: height, channels: channels,
                     pixels: [UInt8](repeating: value, count: width * height * channels))
    }

    /// A ustar archive of the files, in the given order.
    static func tar(_ files: [(name: String, contents: [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = []
        for (name, contents) in files {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) {
                for (i, byte) in text.utf8.enumerated() { header[offset + i] = byte }
            }
            put(name, at: 0)
            put("0000644\0", at: 100)
            put("0000000\0", at: 108)
            put("0000000\0", at: 116)
            put(String(format: "%011o\0", contents.count), at: 124)
            put("00000000000\0", at: 136)
            put("0", at: 156)
            put("ustar\0" + "00", at: 257)
            put("        ", at: 148)
            let sum = header.reduce(0) { $0 + Int($1) }
            put(String(format: "%06o\0 ", sum), at: 148)
            archive += header + contents
            archive += [UInt8](repeating: 0, count: (512 - contents.count % 512) % 512)
        }
        return archive + [UInt8](repeating: 0, count: 1024)
    }

    /// Runs a command in `root`, returning its exit status.
    @discardableResult
    func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
