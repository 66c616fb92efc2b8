import CImageCodecs

/// JPEG (ITU-T T.81, JFIF) decoding through libjpeg(-turbo).
///
/// libjpeg's fatal errors are caught in C (`Sources/CImageCodecs`), so a broken file throws a
/// `CodecError` carrying libjpeg's message instead of ending the process. Data that libjpeg can only
/// decode by guessing, such as a stream cut short (libjpeg fills the rest with gray and warns
/// "Premature end of JPEG file"), is rejected too.
public enum JPEGDecoder {
    /// Whether `bytes` starts with the JPEG SOI marker `ff d8 ff`.
    public static func isJPEG(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0xff, 0xd8, 0xff])
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer, color: ImageColor = .asStored) throws(CodecError) -> DecodedImage {
        let requested: Int32 = switch color {
        case .asStored: 0
        case .gray: 1
        case .rgb: 3
        }
        var pixels: UnsafeMutablePointer<UInt8>?
        var result = coforge_jpeg_result()
        let status = coforge_jpeg_decode(
            bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, requested, &pixels, &result)
        guard status == COFORGE_JPEG_OK, let pixels else {
            throw CodecError(format: .jpeg, operation: "decode", reason: JPEGEncoder.message(result, status))
        }
        defer { coforge_jpeg_free(pixels) }
        let (width, height, channels) = (Int(result.width), Int(result.height), Int(result.channels))
        let buffer = UnsafeBufferPointer(start: pixels, count: width * height * channels)
        return DecodedImage(width: width, height: height, channels: channels, pixels: Array(buffer))
    }

    public static func decode(_ bytes: [UInt8], color: ImageColor = .asStored) throws(CodecError) -> DecodedImage {
        try bytes.withUnsafeBytes { buffer in Result { () throws(CodecError) in try decode(buffer, color: color) } }.get()
    }
}
