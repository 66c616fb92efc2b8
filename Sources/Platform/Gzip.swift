import CZlib

/// gzip (RFC 1952) and zlib (RFC 1950) streams through zlib.
///
/// Decompression runs on a whole buffer in memory: the largest input Coforge reads, a tarball of
/// the CIFAR-10 images, is 19 MB compressed and 120 MB inflated.
public enum Gzip {
    /// Whether `bytes` starts with the gzip magic number `1f 8b`.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1f, 0x8b])
    }

    /// Inflates a gzip or zlib stream, detected from its header (`inflateInit2` with windowBits
    /// 15 + 32). Concatenated gzip members, as `cat a.gz b.gz` makes, are inflated one after the
    /// other; zero bytes after the last member (tape padding) are ignored, anything else is an error.
    public static func decompress(_ input: UnsafeRawBufferPointer) throws(CodecError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CodecError(format: .gzip, operation: "decode", reason: "inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: initialCapacity(input))
        var produced = 0
        var consumed = 0
        while true {
            if produced == output.count {
                output.append(contentsOf: repeatElement(0, count: output.count))
            }
            let status = feed(&stream, input: input, from: consumed, into: &output, at: produced)
            consumed += status.consumed
            produced += status.produced
            switch status.code {
            case Z_STREAM_END:
                let rest = input[consumed...]
                if rest.isEmpty || rest.allSatisfy({ $0 == 0 }) {
                    output.removeSubrange(produced...)
                    return output
                }
                guard isGzip(rest) else {
                    throw CodecError(format: .gzip, operation: "decode", offset: consumed,
                                     reason: "unexpected data after the end of the compressed stream")
                }
                inflateReset(&stream)
            case Z_OK, Z_BUF_ERROR:
                if status.produced == 0 && consumed == input.count {
                    throw CodecError(format: .gzip, operation: "decode", offset: consumed,
                                     reason: "the stream is truncated (no end-of-stream marker)")
                }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status.code)"
                throw CodecError(format: .gzip, operation: "decode", offset: consumed, reason: message)
            }
        }
    }

    public static func decompress(_ input: [UInt8]) throws(CodecError) -> [UInt8] {
        try input.withUnsafeBytes { buffer in Result { () throws(CodecError) in try decompress(buffer) } }.get()
    }

    /// A gzip member holding `input` (`deflateInit2` with windowBits 15 + 16), at `level` 0…9.
    public static func compress(_ input: [UInt8], level: Int = 6) throws(CodecError) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Int32(level), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CodecError(format: .gzip, operation: "encode", reason: "deflateInit2 failed (level \(level))")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 64)
        let code = input.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { destination in
                stream.next_in = UnsafeMutablePointer(mutating: source.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(destination.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard code == Z_STREAM_END else {
            throw CodecError(format: .gzip, operation: "encode", reason: "deflate returned \(code)")
        }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// One `inflate` call over at most 1 GiB of input and output, as zlib counts in 32 bits.
    private static func feed(
        _ stream: inout z_stream, input: UnsafeRawBufferPointer, from start: Int,
        into output: inout [UInt8], at position: Int
    ) -> (code: Int32, consumed: Int, produced: Int) {
        let chunk = 1 << 30
        let availableIn = min(input.count - start, chunk)
        return output.withUnsafeMutableBytes { destination in
            let availableOut = min(destination.count - position, chunk)
            stream.next_in = UnsafeMutablePointer(
                mutating: input.baseAddress?.advanced(by: start).assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(availableIn)
            stream.next_out = destination.baseAddress?.advanced(by: position).assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(availableOut)
            let code = inflate(&stream, Z_NO_FLUSH)
            return (code, availableIn - Int(stream.avail_in), availableOut - Int(stream.avail_out))
        }
    }

    /// The gzip trailer's ISIZE (uncompressed size mod 2³²) when plausible, else four times the input.
    private static func initialCapacity(_ input: UnsafeRawBufferPointer) -> Int {
        let fallback = max(4 * input.count, 4096)
        guard isGzip(input), input.count >= 18 else { return fallback }
        let end = input.count
        let size = (0..<4).reduce(0) { $0 | Int(input[end - 4 + $1]) << (8 * $1) }
        return size >= input.count / 2 && size <= 1032 * input.count ? max(size, 1) : fallback
    }
}
