import Testing

@testable import Platform

@Suite struct ImageCodecTests {
    /// A smooth gradient, which JPEG reproduces closely.
    private func gradient(width: Int, height: Int, channels: Int) -> DecodedImage {
        var pixels: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                for c in 0..<channels {
                    pixels.append(UInt8(30 + (x * 3 + y * 2) % 120 + c * 15))
                }
            }
        }
        return DecodedImage(width: width, height: height, channels: channels, pixels: pixels)
    }

    private func largestDifference(_ a: DecodedImage, _ b: DecodedImage) -> Int {
        zip(a.pixels, b.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 0
    }

    @Test(arguments: [1, 3]) func pngRoundTripsExactly(channels: Int) throws {
        let image = gradient(width: 13, height: 7, channels: channels)
        let encoded = try PNGEncoder.encode(image)
        #expect(PNGDecoder.isPNG(encoded))
        #expect(try PNGDecoder.decode(encoded) == image)
    }

    @Test func pngConvertsBetweenGrayAndRGB() throws {
        let gray = gradient(width: 4, height: 3, channels: 1)
        let rgb = try PNGDecoder.decode(PNGEncoder.encode(gray), color: .rgb)
        #expect(rgb.channels == 3)
        #expect(rgb.pixels == gray.pixels.flatMap { [$0, $0, $0] })
        let back = try PNGDecoder.decode(PNGEncoder.encode(rgb), color: .gray)
        #expect(largestDifference(back, gray) <= 1)
    }

    @Test(arguments: [1, 3]) func jpegRoundTripsClosely(channels: Int) throws {
        let image = gradient(width: 32, height: 32, channels: channels)
        let encoded = try JPEGEncoder.encode(image, quality: 95)
        #expect(JPEGDecoder.isJPEG(encoded))
        let decoded = try JPEGDecoder.decode(encoded)
        #expect(decoded.width == 32 && decoded.height == 32 && decoded.channels == channels)
        #expect(largestDifference(decoded, image) <= 12)
    }

    @Test func jpegDecodesColourAsGrayWhenAsked() throws {
        let encoded = try JPEGEncoder.encode(gradient(width: 8, height: 8, channels: 3))
        let gray = try JPEGDecoder.decode(encoded, color: .gray)
        #expect(gray.channels == 1)
        #expect(gray.pixels.count == 64)
    }

    @Test func jpegFatalErrorIsThrownNotExited() throws {
        let png = try PNGEncoder.encode(gradient(width: 4, height: 4, channels: 1))
        let error = try #require(throws: CodecError.self) { try JPEGDecoder.decode(png) }
        #expect(error.format == .jpeg)
        #expect(error.description.contains("Not a JPEG file"))
    }

    @Test func truncatedJPEGIsRejected() throws {
        let encoded = try JPEGEncoder.encode(gradient(width: 64, height: 64, channels: 3))
        let error = try #require(throws: CodecError.self) {
            try JPEGDecoder.decode(Array(encoded.prefix(encoded.count * 2 / 3)))
        }
        #expect(error.description.contains("corrupt data"))
        #expect(throws: CodecError.self) { try JPEGDecoder.decode([]) }
    }

    @Test func brokenPNGReportsLibpngsMessage() throws {
        var encoded = try PNGEncoder.encode(gradient(width: 16, height: 16, channels: 3))
        #expect(throws: CodecError.self) { try PNGDecoder.decode(Array(encoded.prefix(40))) }
        encoded[0] = 0
        let error = try #require(throws: CodecError.self) { try PNGDecoder.decode(encoded) }
        #expect(error.format == .png)
        #expect(!error.reason.isEmpty)
        #expect(throws: CodecError.self) { try PNGDecoder.decode([]) }
    }

    @Test func encodersRejectUnsupportedChannelCounts() {
        let image = DecodedImage(width: 1, height: 1, channels: 2, pixels: [1, 2])
        #expect(throws: CodecError.self) { try PNGEncoder.encode(image) }
        #expect(throws: CodecError.self) { try JPEGEncoder.encode(image) }
    }
}
