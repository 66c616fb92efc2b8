#include "ckernels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef float v16 __attribute__((vector_size(64)));
typedef float v16u __attribute__((vector_size(64), aligned(4)));
typedef float v8 __attribute__((vector_size(32)));
typedef float v8u __attribute__((vector_size(32), aligned(4)));
typedef float v1 __attribute__((vector_size(4)));
typedef float v1u __attribute__((vector_size(4), aligned(4)));
typedef float v4 __attribute__((vector_size(16)));
typedef float v4u __attribute__((vector_size(16), aligned(4)));
typedef int v16i __attribute__((vector_size(64)));
typedef int v8i __attribute__((vector_size(32)));
typedef int v1i __attribute__((vector_size(4)));

#if defined(__x86_64__)
#include <immintrin.h>

/* Copies n < 16 floats with one masked load and store. */
__attribute__((target("avx512f"), always_inline)) static inline void copy_tail_avx512(float *dst, const float *src, long n) {
    const __mmask16 mask = (__mmask16)((1u << n) - 1);
    _mm512_mask_storeu_ps(dst, mask, _mm512_maskz_loadu_ps(mask, src));
}

/* Copies n < 8 floats with one masked load and store. */
__attribute__((target("avx2,fma"), always_inline)) static inline void copy_tail_avx2(float *dst, const float *src, long n) {
    const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)n), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    _mm256_maskstore_ps(dst, mask, _mm256_maskload_ps(src, mask));
}

/* Stores the first n < 16 lanes of v. */
__attribute__((target("avx512f"), always_inline)) static inline void store_tail_avx512(float *dst, v16 v, long n) {
    _mm512_mask_storeu_ps(dst, (__mmask16)((1u << n) - 1), (__m512)v);
}

/* Stores the first n < 8 lanes of v. */
__attribute__((target("avx2,fma"), always_inline)) static inline void store_tail_avx2(float *dst, v8 v, long n) {
    const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)n), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    _mm256_maskstore_ps(dst, mask, (__m256)v);
}

/* row[j] = j0 <= j < j1 ? src[j] : 0 for j < pitch: a padded row of a phase plane in whole vectors,
 * src read through masked loads only inside [j0, j1), the last partial vector stored masked. One
 * pass per row instead of a copy between two zeroed borders, whose per-row overhead dominated
 * rows of 10 to 34 floats. */
__attribute__((target("avx512f"), always_inline)) static inline void padded_row_avx512(float *row, const float *src, long j0,
                                                                                     long j1, long pitch) {
    const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m512i first = _mm512_set1_epi32((int)j0), end = _mm512_set1_epi32((int)j1), width = _mm512_set1_epi32((int)pitch);
    for (long j = 0; j < pitch; j += 16) {
        const __m512i index = _mm512_add_epi32(lanes, _mm512_set1_epi32((int)j));
        const __mmask16 inside = _mm512_cmpge_epi32_mask(index, first) & _mm512_cmplt_epi32_mask(index, end);
        const __m512 v = _mm512_maskz_loadu_ps(inside, (const char *)src + j * (long)sizeof(float));
        if (j + 16 <= pitch) _mm512_storeu_ps(row + j, v);
        else _mm512_mask_storeu_ps(row + j, _mm512_cmplt_epi32_mask(index, width), v);
    }
}

/* Both column phases of a padded stride-2 row: r0[j] = x[2j - left], r1[j] = x[2j + 1 - left] for
 * j < pitch, zero where the index falls outside [0, width) (a NULL phase is skipped). Two masked
 * loads and two lane permutations per 16 outputs, straight from x: copying the row into a
 * bordered line first and reading it back at another alignment stalled on store forwarding. */
__attribute__((target("avx512f"), always_inline)) static inline void padded_row_pair_avx512(float *r0, float *r1, const float *x,
                                                                                          long left, long width, long pitch) {
    const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    const __m512i odd = _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
    const __m512i zero = _mm512_setzero_si512(), end = _mm512_set1_epi32((int)width), limit = _mm512_set1_epi32((int)pitch);
    for (long j = 0; j < pitch; j += 16) {
        const long k = 2 * j - left;
        const __m512i first = _mm512_add_epi32(lanes, _mm512_set1_epi32((int)k));
        const __m512i second = _mm512_add_epi32(first, _mm512_set1_epi32(16));
        const __mmask16 m0 = _mm512_cmpge_epi32_mask(first, zero) & _mm512_cmplt_epi32_mask(first, end);
        const __mmask16 m1 = _mm512_cmpge_epi32_mask(second, zero) & _mm512_cmplt_epi32_mask(second, end);
        const __m512 a = _mm512_maskz_loadu_ps(m0, (const char *)x + k * (long)sizeof(float));
        const __m512 b = _mm512_maskz_loadu_ps(m1, (const char *)x + (k + 16) * (long)sizeof(float));
        const __mmask16 store = j + 16 <= pitch ? (__mmask16)0xFFFF
            : _mm512_cmplt_epi32_mask(_mm512_add_epi32(lanes, _mm512_set1_epi32((int)j)), limit);
        if (r0) _mm512_mask_storeu_ps(r0 + j, store, _mm512_permutex2var_ps(a, even, b));
        if (r1) _mm512_mask_storeu_ps(r1 + j, store, _mm512_permutex2var_ps(a, odd, b));
    }
}

/* padded_row_avx512 in 8-float vectors. */
__attribute__((target("avx2,fma"), always_inline)) static inline void padded_row_avx2(float *row, const float *src, long j0,
                                                                                    long j1, long pitch) {
    const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i before = _mm256_set1_epi32((int)j0 - 1), end = _mm256_set1_epi32((int)j1), width = _mm256_set1_epi32((int)pitch);
    for (long j = 0; j < pitch; j += 8) {
        const __m256i index = _mm256_add_epi32(lanes, _mm256_set1_epi32((int)j));
        const __m256i inside = _mm256_and_si256(_mm256_cmpgt_epi32(index, before), _mm256_cmpgt_epi32(end, index));
        const __m256 v = _mm256_maskload_ps((const float *)((const char *)src + j * (long)sizeof(float)), inside);
        if (j + 8 <= pitch) _mm256_storeu_ps(row + j, v);
        else _mm256_maskstore_ps(row + j, _mm256_cmpgt_epi32(width, index), v);
    }
}

/* AVX-512: 8 channels x 3 vectors = 24 accumulators of 32 registers; 24 multiply-adds per
 * 3 vector loads (most split across cache lines) and 8 broadcasts. The weight gradient keeps
 * 2 channels x 9 taps = 18 accumulators (channel counts are mostly even). */
#define VEC v16
#define VECU v16u
#define VECI v16i
#define VEC_WIDTH 16
#define NV 3
#define NCO 8
#define GRAD_NCO 2
#define EVEN_LANES 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30
#define ODD_LANES 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31
#define SUFFIX avx512
#define COPY_TAIL copy_tail_avx512
#define STORE_TAIL store_tail_avx512
#define PADDED_ROW padded_row_avx512
#define PADDED_ROW_PAIR padded_row_pair_avx512
#define HALVE(v) (__builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7) + __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15))
#define FOLD_TO_4(v) (__builtin_shufflevector(HALVE(v), HALVE(v), 0, 1, 2, 3) + __builtin_shufflevector(HALVE(v), HALVE(v), 4, 5, 6, 7))
#define TARGET_ATTR __attribute__((target("avx512f")))
#include "instantiate.inc"

/* AVX2: 4 channels x 3 vectors = 12 accumulators of 16 registers. */
#define VEC v8
#define VECU v8u
#define VECI v8i
#define VEC_WIDTH 8
#define NV 3
#define NCO 4
#define GRAD_NCO 1
#define EVEN_LANES 0, 2, 4, 6, 8, 10, 12, 14
#define ODD_LANES 1, 3, 5, 7, 9, 11, 13, 15
#define SUFFIX avx2
#define COPY_TAIL copy_tail_avx2
#define STORE_TAIL store_tail_avx2
#define PADDED_ROW padded_row_avx2
#define FOLD_TO_4(v) (__builtin_shufflevector(v, v, 0, 1, 2, 3) + __builtin_shufflevector(v, v, 4, 5, 6, 7))
#define TARGET_ATTR __attribute__((target("avx2,fma")))
#include "instantiate.inc"
#endif

/* Portable C: one float per "vector". */
#define VEC v1
#define VECU v1u
#define VECI v1i
#define VEC_WIDTH 1
#define FOLD_TO_4(v) (v)
#define NV 4
#define NCO 4
#define GRAD_NCO 1
#define SUFFIX portable
#define TARGET_ATTR
#include "instantiate.inc"

static int detect_level(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return 2;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
#endif
    return 0;
}

int ck_supported_level(void) {
    /* Racing first calls store the same value. */
    static volatile int detected = -1;
    if (detected < 0) detected = detect_level();
    return detected;
}

int ck_simd_level(void) {
    const int best = ck_supported_level();
    const char *name = getenv("COFORGE_SIMD");
    if (name && strcmp(name, "avx2") == 0) return best < 1 ? best : 1;
    if (name && (strcmp(name, "portable") == 0 || strcmp(name, "none") == 0)) return 0;
    return best;
}

static int clamped(int level) {
    const int best = ck_supported_level();
    return level < 0 ? 0 : (level > best ? best : level);
}

long ck_gradient_lanes(int level) {
    return clamped(level) > 0 ? 4 : 1;
}

long ck_position_block(int level) {
    switch (clamped(level)) {
    case 2: return 16;
    case 1: return 8;
    default: return 1;
    }
}

#if defined(__x86_64__)
#define DISPATCH(name, ...)                                   \
    switch (clamped(level)) {                                 \
    case 2: name##_avx512(__VA_ARGS__); return;               \
    case 1: name##_avx2(__VA_ARGS__); return;                 \
    default: name##_portable(__VA_ARGS__); return;            \
    }
#else
#define DISPATCH(name, ...) name##_portable(__VA_ARGS__);
#endif

void ck_conv_direct(int level, const float *src, long cin, long channelStride, const long *offsets, long taps,
                    const float *weights, long cout, float *out, long outStride, long positions) {
    DISPATCH(conv_direct, src, cin, channelStride, offsets, taps, weights, cout, out, outStride, positions)
}

void ck_depthwise_direct(int level, const float *src, long channels, long channelStride, const long *offsets,
                         long taps, const float *weights, float *out, long outStride, long positions) {
    DISPATCH(depthwise_direct, src, channels, channelStride, offsets, taps, weights, out, outStride, positions)
}

void ck_conv_weight_gradient(int level, const float *dy, long cout, long dyStride, const float *src, long cin,
                             long channelStride, const long *offsets, long taps, long positions,
                             float *grad) {
    DISPATCH(conv_weight_gradient, dy, cout, dyStride, src, cin, channelStride, offsets, taps, positions, grad)
}

void ck_pack_planes(int level, const float *x, long channels, long height, long width, long sy, long sx,
                    long top, long left, long rows, long pitch, long channelStride, long zeroTo,
                    unsigned long phaseMask, float *dst) {
    DISPATCH(pack_planes, x, channels, height, width, sy, sx, top, left, rows, pitch, channelStride, zeroTo, phaseMask, dst)
}

void ck_unpack_planes(int level, const float *out, long channels, long outStride, long rows, long width,
                      long pitch, const float *bias, float lo, float hi, const float *addend, float *y, long yStride) {
    DISPATCH(unpack_planes, out, channels, outStride, rows, width, pitch, bias, lo, hi, addend, y, yStride)
}

void ck_conv_pointwise(int level, const float *x, long cin, long xStride, const float *weights, const float *bias,
                       const float *addend, float lo, float hi, long cout, float *y, long yStride, long positions) {
    /* The vector kernels end on one whole vector; shorter rows run portable. */
    if (positions < ck_position_block(level)) level = 0;
    DISPATCH(conv_pointwise, x, cin, xStride, weights, bias, addend, lo, hi, cout, y, yStride, positions)
}

void ck_depthwise_rows(int level, const float *x, long channels, long height, long width, long kh, long kw, long sy,
                       long sx, long dy, long dx, long top, long left, const float *weights, const float *bias,
                       float lo, float hi, long outHeight, long outWidth, float *y) {
    DISPATCH(depthwise_rows, x, channels, height, width, kh, kw, sy, sx, dy, dx, top, left, weights, bias, lo, hi,
             outHeight, outWidth, y)
}

void ck_reduce_lanes(int level, const float *partials, long count, float *out) {
    DISPATCH(reduce_lanes, partials, count, out)
}

void ck_scatter_phase(const float *out, long channels, long outStride, long rows, long width, long pitch,
                      long sy, long sx, long ry, long rx, long height, long yWidth, float *y) {
    for (long c = 0; c < channels; c++) {
        const float *oc = out + c * outStride;
        float *yc = y + c * height * yWidth;
        for (long a = 0; a < rows; a++) {
            float *yr = yc + (sy * a + ry) * yWidth + rx;
            const float *o = oc + a * pitch;
            for (long b = 0; b < width; b++) yr[sx * b] = o[b];
        }
    }
}
