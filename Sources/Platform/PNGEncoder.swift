import CPNG

/// PNG encoding through libpng's simplified write API (`png_image_write_to_memory`), for writing
/// test fixtures and exporting images.
public enum PNGEncoder {
    public static func encode(_ image: DecodedImage) throws(CodecError) -> [UInt8] {
        guard image.channels == 1 || image.channels == 3 else {
            throw CodecError(format: .png, operation: "encode", reason: "channels must be 1 or 3, got \(image.channels)")
        }
        var header = png_image()
        header.version = png_uint_32(PNG_IMAGE_VERSION)
        header.width = png_uint_32(image.width)
        header.height = png_uint_32(image.height)
        header.format = image.channels == 3 ? png_uint_32(PNG_FORMAT_FLAG_COLOR) : png_uint_32(PNG_FORMAT_GRAY)
        var size = 0
        let sized = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&header, nil, &size, 0, $0.baseAddress, 0, nil)
        }
        guard sized != 0 else { throw PNGDecoder.error(&header, "encode") }
        var output = [UInt8](repeating: 0, count: size)
        let written = output.withUnsafeMutableBytes { destination in
            image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&header, destination.baseAddress, &size, 0, $0.baseAddress, 0, nil)
            }
        }
        guard written != 0 else { throw PNGDecoder.error(&header, "encode") }
        output.removeSubrange(size...)
        return output
    }
}
