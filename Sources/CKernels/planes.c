#include "ckernels.h"

#include <string.h>

void ck_pack_planes(const float *x, long channels, long height, long width, long sy, long sx,
                    long top, long left, long rows, long pitch, long channelStride, float *dst) {
    const long plane = rows * pitch;
    for (long c = 0; c < channels; c++) {
        const float *xc = x + c * height * width;
        float *slot = dst + c * channelStride;
        for (long py = 0; py < sy; py++) {
            for (long px = 0; px < sx; px++) {
                float *ph = slot + (py * sx + px) * plane;
                /* Columns j with 0 <= j*sx + px - left < width: j in [j0, j1). */
                long j0 = left - px > 0 ? (left - px + sx - 1) / sx : 0;
                long j1 = width - 1 + left - px >= 0 ? (width - 1 + left - px) / sx + 1 : 0;
                if (j0 > pitch) j0 = pitch;
                if (j1 > pitch) j1 = pitch;
                if (j1 < j0) j1 = j0;
                for (long i = 0; i < rows; i++) {
                    float *row = ph + i * pitch;
                    const long iy = i * sy + py - top;
                    if (iy < 0 || iy >= height || j1 == j0) {
                        memset(row, 0, (size_t)pitch * sizeof(float));
                        continue;
                    }
                    const float *xr = xc + iy * width;
                    if (j0 > 0) memset(row, 0, (size_t)j0 * sizeof(float));
                    if (sx == 1) {
                        memcpy(row + j0, xr + j0 - left, (size_t)(j1 - j0) * sizeof(float));
                    } else {
                        for (long j = j0; j < j1; j++) row[j] = xr[j * sx + px - left];
                    }
                    if (j1 < pitch) memset(row + j1, 0, (size_t)(pitch - j1) * sizeof(float));
                }
            }
        }
        const long used = sy * sx * plane;
        if (channelStride > used) memset(slot + used, 0, (size_t)(channelStride - used) * sizeof(float));
    }
}

void ck_unpack_planes(const float *out, long channels, long outStride, long rows, long width,
                      long pitch, const float *bias, float lo, float hi, int accumulate, float *y) {
    for (long c = 0; c < channels; c++) {
        const float b = bias ? bias[c] : 0.0f;
        const float *oc = out + c * outStride;
        float *yc = y + c * rows * width;
        for (long i = 0; i < rows; i++) {
            const float *o = oc + i * pitch;
            float *yr = yc + i * width;
            if (accumulate) {
                for (long j = 0; j < width; j++) {
                    float v = yr[j] + o[j] + b;
                    v = v < lo ? lo : v;
                    yr[j] = v > hi ? hi : v;
                }
            } else {
                for (long j = 0; j < width; j++) {
                    float v = o[j] + b;
                    v = v < lo ? lo : v;
                    yr[j] = v > hi ? hi : v;
                }
            }
        }
    }
}
