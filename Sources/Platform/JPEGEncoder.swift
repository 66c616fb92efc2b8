import CImageCodecs

/// Baseline JPEG encoding through libjpeg(-turbo), for writing test fixtures and exporting images.
public enum JPEGEncoder {
    /// `quality` is libjpeg's 1…100 scale (75 is its default).
    public static func encode(_ image: DecodedImage, quality: Int = 90) throws(CodecError) -> [UInt8] {
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        var result = coforge_jpeg_result()
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            coforge_jpeg_encode(pixels.baseAddress, Int32(image.width), Int32(image.height),
                                Int32(image.channels), Int32(quality), &output, &size, &result)
        }
        guard status == COFORGE_JPEG_OK, let output else {
            throw CodecError(format: .jpeg, operation: "encode", reason: message(result, status))
        }
        defer { coforge_jpeg_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: size))
    }

    static func message(_ result: coforge_jpeg_result, _ status: coforge_jpeg_status) -> String {
        let text = withUnsafeBytes(of: result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return switch status {
        case COFORGE_JPEG_CORRUPT: "corrupt data: \(text)"
        case COFORGE_JPEG_OUT_OF_MEMORY: "out of memory: \(text)"
        default: text
        }
    }
}
