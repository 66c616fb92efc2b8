import CPNG

/// PNG (ISO/IEC 15948) decoding through libpng's simplified API (`png_image_*`, libpng ≥ 1.6),
/// which catches libpng's errors itself and reports them in `png_image.message`.
///
/// Any bit depth, palette or transparency is converted to 8-bit gray or RGB; an alpha channel is
/// composited onto black.
public enum PNGDecoder {
    /// Whether `bytes` starts with the 8-byte PNG signature.
    public static func isPNG(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer, color: ImageColor = .asStored) throws(CodecError) -> DecodedImage {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        guard let base = bytes.baseAddress,
              png_image_begin_read_from_memory(&image, base, bytes.count) != 0 else {
            throw error(&image, "decode")
        }
        let colour: Bool = switch color {
        case .asStored: image.format & png_uint_32(PNG_FORMAT_FLAG_COLOR) != 0
        case .gray: false
        case .rgb: true
        }
        image.format = colour ? png_uint_32(PNG_FORMAT_FLAG_COLOR) : png_uint_32(PNG_FORMAT_GRAY)
        let channels = colour ? 3 : 1
        let (width, height) = (Int(image.width), Int(image.height))
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        let finished = pixels.withUnsafeMutableBytes {
            png_image_finish_read(&image, nil, $0.baseAddress, 0, nil)
        }
        guard finished != 0 else { throw error(&image, "decode") }
        return DecodedImage(width: width, height: height, channels: channels, pixels: pixels)
    }

    public static func decode(_ bytes: [UInt8], color: ImageColor = .asStored) throws(CodecError) -> DecodedImage {
        try bytes.withUnsafeBytes { buffer in Result { () throws(CodecError) in try decode(buffer, color: color) } }.get()
    }

    /// The error libpng left in `image`, after releasing what it holds.
    static func error(_ image: inout png_image, _ operation: String) -> CodecError {
        let message = withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        png_image_free(&image)
        return CodecError(format: .png, operation: operation, reason: message.isEmpty ? "empty input" : message)
    }
}
