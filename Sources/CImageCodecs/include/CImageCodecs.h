#ifndef COFORGE_IMAGE_CODECS_H
#define COFORGE_IMAGE_CODECS_H

#include <stddef.h>
#include <stdint.h>

/// Size of the buffer that receives libjpeg's error or warning text (JMSG_LENGTH_MAX is 200).
#define COFORGE_JPEG_MESSAGE_CAPACITY 256

/// Outcome of a guarded libjpeg call.
typedef enum {
    COFORGE_JPEG_OK = 0,
    /// libjpeg reported a fatal error; `message` holds its text.
    COFORGE_JPEG_ERROR = 1,
    /// libjpeg recovered from corrupt data (e.g. a truncated stream) and warned; `message` holds the warning.
    COFORGE_JPEG_CORRUPT = 2,
    /// A buffer could not be allocated.
    COFORGE_JPEG_OUT_OF_MEMORY = 3,
} coforge_jpeg_status;

typedef struct {
    int width;
    int height;
    int channels;
    char message[COFORGE_JPEG_MESSAGE_CAPACITY];
} coforge_jpeg_result;

/// Decodes a baseline or progressive JPEG held in memory to 8-bit interleaved pixels.
///
/// `channels` is 1 (grayscale), 3 (RGB) or 0 (grayscale when the file has one component, else RGB).
/// On COFORGE_JPEG_OK, `*pixels` is a malloc'd buffer of width * height * channels bytes that the
/// caller releases with `coforge_jpeg_free`; on any other status it is NULL and `result->message`
/// says why. libjpeg's fatal errors are caught with setjmp/longjmp inside this C frame, so no Swift
/// frame is ever unwound.
coforge_jpeg_status coforge_jpeg_decode(const uint8_t *data, size_t size, int channels,
                                        uint8_t **pixels, coforge_jpeg_result *result);

/// Encodes width * height * channels interleaved 8-bit pixels (channels 1 or 3) as a baseline JPEG.
///
/// On COFORGE_JPEG_OK, `*output` is a malloc'd buffer of `*output_size` bytes, released with
/// `coforge_jpeg_free`.
coforge_jpeg_status coforge_jpeg_encode(const uint8_t *pixels, int width, int height, int channels,
                                        int quality, uint8_t **output, size_t *output_size,
                                        coforge_jpeg_result *result);

void coforge_jpeg_free(void *buffer);

#endif
