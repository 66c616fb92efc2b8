import Foundation
import Testing

@testable import Platform

@Suite struct GzipTests {
    private func sample(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { i in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return i % 3 == 0 ? UInt8(truncatingIfNeeded: state >> 59) : UInt8(i % 7)
        }
    }

    @Test func roundTripsThroughWriterAndReader() throws {
        let input = sample(200_000, seed: 1)
        let compressed = try Gzip.compress(input)
        #expect(Gzip.isGzip(compressed))
        #expect(compressed.count < input.count)
        #expect(try Gzip.decompress(compressed) == input)
    }

    @Test func emptyInputRoundTrips() throws {
        #expect(try Gzip.decompress(Gzip.compress([])) == [])
    }

    /// RFC 1950 header `78 01`, one stored deflate block holding "abc", then its Adler-32.
    @Test func inflatesZlibStreams() throws {
        let zlib: [UInt8] = [0x78, 0x01, 0x01, 0x03, 0x00, 0xfc, 0xff, 0x61, 0x62, 0x63, 0x02, 0x4d, 0x01, 0x27]
        #expect(try Gzip.decompress(zlib) == Array("abc".utf8))
    }

    @Test func inflatesConcatenatedMembersAndIgnoresZeroPadding() throws {
        let first = sample(5_000, seed: 2), second = sample(7_000, seed: 3)
        let joined = try Gzip.compress(first) + Gzip.compress(second, level: 9) + [0, 0, 0, 0]
        #expect(try Gzip.decompress(joined) == first + second)
    }

    @Test func readsWhatTheGzipCommandWrote() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data.bin")
        let input = sample(10_000, seed: 4)
        try Data(input).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-k", file.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gzip command not available")
        let compressed = try [UInt8](Data(contentsOf: directory.appendingPathComponent("data.bin.gz")))
        #expect(try Gzip.decompress(compressed) == input)
    }

    @Test func truncatedStreamIsAnErrorWithTheOffset() throws {
        let compressed = try Gzip.compress(sample(50_000, seed: 5))
        let cut = Array(compressed.prefix(compressed.count / 2))
        let error = try #require(throws: CodecError.self) { try Gzip.decompress(cut) }
        #expect(error.format == .gzip)
        #expect(error.offset == cut.count)
        #expect(error.description.contains("truncated"))
    }

    @Test func corruptDataReportsZlibsMessage() throws {
        var compressed = try Gzip.compress(sample(50_000, seed: 6))
        for i in 20..<60 { compressed[i] ^= 0xA5 }
        let error = try #require(throws: CodecError.self) { try Gzip.decompress(compressed) }
        #expect(error.description.hasPrefix("gzip decode failed at byte"))
    }

    @Test func trailingGarbageIsAnError() throws {
        let compressed = try Gzip.compress(sample(1_000, seed: 7)) + Array("junk".utf8)
        let error = try #require(throws: CodecError.self) { try Gzip.decompress(compressed) }
        #expect(error.description.contains("after the end"))
    }
}
