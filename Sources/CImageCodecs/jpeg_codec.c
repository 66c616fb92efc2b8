// libjpeg reports fatal errors through `error_exit`, whose default calls exit(). Here it longjmps
// back to a setjmp in the same C function that started the decode or encode, so the unwinding
// never crosses a Swift frame.
#include "CImageCodecs.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    coforge_jpeg_result *result;
    int warned;
} guarded_error_manager;

static void store_message(j_common_ptr info, coforge_jpeg_result *result) {
    char text[JMSG_LENGTH_MAX];
    info->err->format_message(info, text);
    snprintf(result->message, sizeof result->message, "%s", text);
}

static void on_error_exit(j_common_ptr info) {
    guarded_error_manager *manager = (guarded_error_manager *)info->err;
    store_message(info, manager->result);
    longjmp(manager->jump, 1);
}

// Level -1 is a warning about corrupt data; higher levels are trace messages.
static void on_emit_message(j_common_ptr info, int level) {
    guarded_error_manager *manager = (guarded_error_manager *)info->err;
    if (level < 0 && !manager->warned) {
        manager->warned = 1;
        store_message(info, manager->result);
    }
}

static void on_output_message(j_common_ptr info) { (void)info; }

static void install(guarded_error_manager *manager, coforge_jpeg_result *result) {
    jpeg_std_error(&manager->base);
    manager->base.error_exit = on_error_exit;
    manager->base.emit_message = on_emit_message;
    manager->base.output_message = on_output_message;
    manager->result = result;
    manager->warned = 0;
}

coforge_jpeg_status coforge_jpeg_decode(const uint8_t *data, size_t size, int channels,
                                        uint8_t **pixels, coforge_jpeg_result *result) {
    struct jpeg_decompress_struct info;
    guarded_error_manager manager;
    uint8_t *volatile buffer = NULL;
    memset(result, 0, sizeof *result);
    *pixels = NULL;
    info.err = &manager.base;
    install(&manager, result);
    if (setjmp(manager.jump)) {
        jpeg_destroy_decompress(&info);
        free(buffer);
        return COFORGE_JPEG_ERROR;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)size);
    jpeg_read_header(&info, TRUE);
    if (channels == 0) channels = info.num_components == 1 ? 1 : 3;
    info.out_color_space = channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * (size_t)info.output_components;
    buffer = malloc(stride * info.output_height);
    if (buffer == NULL) {
        jpeg_destroy_decompress(&info);
        snprintf(result->message, sizeof result->message, "cannot allocate %zu bytes",
                 stride * info.output_height);
        return COFORGE_JPEG_OUT_OF_MEMORY;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = buffer + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    result->width = (int)info.output_width;
    result->height = (int)info.output_height;
    result->channels = info.output_components;
    jpeg_destroy_decompress(&info);
    if (manager.warned) {
        free(buffer);
        return COFORGE_JPEG_CORRUPT;
    }
    *pixels = buffer;
    return COFORGE_JPEG_OK;
}

coforge_jpeg_status coforge_jpeg_encode(const uint8_t *pixels, int width, int height, int channels,
                                        int quality, uint8_t **output, size_t *output_size,
                                        coforge_jpeg_result *result) {
    struct jpeg_compress_struct info;
    guarded_error_manager manager;
    unsigned char *buffer = NULL;
    unsigned long buffer_size = 0;
    memset(result, 0, sizeof *result);
    *output = NULL;
    *output_size = 0;
    if (channels != 1 && channels != 3) {
        snprintf(result->message, sizeof result->message, "channels must be 1 or 3, got %d", channels);
        return COFORGE_JPEG_ERROR;
    }
    info.err = &manager.base;
    install(&manager, result);
    if (setjmp(manager.jump)) {
        jpeg_destroy_compress(&info);
        free(buffer);
        return COFORGE_JPEG_ERROR;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &buffer_size);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = channels;
    info.in_color_space = channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    size_t stride = (size_t)width * (size_t)channels;
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    result->width = width;
    result->height = height;
    result->channels = channels;
    *output = buffer;
    *output_size = buffer_size;
    return COFORGE_JPEG_OK;
}

void coforge_jpeg_free(void *buffer) { free(buffer); }
