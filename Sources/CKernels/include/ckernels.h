#ifndef CKERNELS_H
#define CKERNELS_H
/*
 * The Engine's hand-vectorised convolution kernels. Each is compiled for AVX-512 and for
 * AVX2+FMA with per-function target attributes and chosen at run time, because Swift code is
 * compiled for baseline x86-64 (SSE2) and cannot use the wider units itself.
 *
 * Data layout ("flattened planes"): a convolution with stride s reads, for every input channel,
 * s_y * s_x zero-padded phase planes of R rows and Q columns, stored one after another in a
 * channel slot of `channelStride` floats. Output pixel (oy, ox) is position p = oy * Q + ox and
 * tap t reads the channel slot at offsets[t] + p, so every tap is a contiguous shifted vector;
 * positions with ox >= W' are computed and discarded. `positions` must be a multiple of
 * ck_position_block() and every slot must have offsets[t] + positions readable floats.
 */
#include <stddef.h>

/* Instruction-set levels: 0 portable C, 1 AVX2+FMA, 2 AVX-512F. Every kernel takes the level
 * to run at as its first argument; a level above what the CPU supports is clamped to it. */
/* The best level this CPU supports. */
int ck_supported_level(void);
/* The default level: the supported one, lowered by COFORGE_SIMD=avx2|portable in the environment. */
int ck_simd_level(void);
/* Output positions each kernel call at `level` must be padded to a multiple of (the vector width). */
long ck_position_block(int level);

/* out[co][p] = sum_ci sum_t w[co][ci][t] * src[ci * channelStride + offsets[t] + p],
 * for co < cout, p < positions; weights in PyTorch order [cout][cin][taps]. */
void ck_conv_direct(int level, const float *src, long cin, long channelStride, const long *offsets, long taps,
                    const float *weights, long cout, float *out, long outStride, long positions);

/* y[co * yStride + p] = clamp((bias[co] + sum_ci weights[co * cin + ci] * x[ci * xStride + p])
 *                            + addend[co * yStride + p], lo, hi)
 * for co < cout and p < positions (any count; bias and addend may be NULL): a 1x1 convolution read
 * from and written to NCHW planes directly, with a residual addend (laid out like y, not y itself)
 * added in the store. NaN stays NaN through the clamp. */
void ck_conv_pointwise(int level, const float *x, long cin, long xStride, const float *weights, const float *bias,
                       const float *addend, float lo, float hi, long cout, float *y, long yStride, long positions);

/* out[c][p] = sum_t w[c][t] * src[c * channelStride + offsets[t] + p] for c < channels. */
void ck_depthwise_direct(int level, const float *src, long channels, long channelStride, const long *offsets,
                         long taps, const float *weights, float *out, long outStride, long positions);

/* Depthwise convolution of `channels` NCHW planes (height x width) with kh x kw filters
 * (weights [channels][kh][kw]), strides sy, sx, dilations dy, dx and top/left padding, written to
 * outHeight x outWidth planes of y as clamp(bias[c] + sum, lo, hi) (bias may be NULL). Reads x
 * in place: only a few rows at a time are copied, into zero-bordered lines. */
void ck_depthwise_rows(int level, const float *x, long channels, long height, long width, long kh, long kw, long sy,
                       long sx, long dy, long dx, long top, long left, const float *weights, const float *bias,
                       float lo, float hi, long outHeight, long outWidth, float *y);

/* Weight gradient in lane partial sums: with w = ck_gradient_lanes(level), for every k < w,
 * partials[((co * cin + ci) * taps + t) * w + k] += a share of the sum over p < positions of
 * dy[co * dyStride + p] * src[ci * channelStride + offsets[t] + p] (the w shares add up to it).
 * dy must be zero at discarded positions. ck_reduce_lanes turns the partials into the gradient
 * once per batch. */
void ck_conv_weight_gradient(int level, const float *dy, long cout, long dyStride, const float *src, long cin,
                             long channelStride, const long *offsets, long taps, long positions,
                             float *partials);

/* Lane partial sums per weight of ck_conv_weight_gradient at `level`: 4 for vector levels, else 1. */
long ck_gradient_lanes(int level);

/* out[i] += sum of the ck_gradient_lanes(level) partials of element i, for i < count. */
void ck_reduce_lanes(int level, const float *partials, long count, float *out);

/* Copies the valid W' of every Q-wide row of out[c] (`rows` rows) into the rows of y[c] (W' floats
 * each, channels yStride floats apart), adding bias[c] when bias is not NULL, then the element of
 * addend (laid out like y; it may be y itself) when addend is not NULL, and clamping to [lo, hi]. */
void ck_unpack_planes(int level, const float *out, long channels, long outStride, long rows, long width,
                      long pitch, const float *bias, float lo, float hi, const float *addend, float *y, long yStride);

/* y[c][sy * a + ry][sx * b + rx] = out[c * outStride + a * pitch + b] for a < rows, b < width:
 * one phase of a strided input gradient, scattered into `height x yWidth` planes of y. */
void ck_scatter_phase(const float *out, long channels, long outStride, long rows, long width, long pitch,
                      long sy, long sx, long ry, long rx, long height, long yWidth, float *y);

/* Builds the phase planes of `channels` channels of x (H x W each) into dst (see above):
 * phase (py, px) of a channel is plane py * sx + px, element (i, j) = x[i*sy + py - top][j*sx + px - left]
 * or zero outside x, for i < R, j < Q; the rest of each slot up to zeroTo floats is zeroed.
 * Only phases whose bit (py * sx + px) is set in phaseMask are written (the others are never read). */
void ck_pack_planes(int level, const float *x, long channels, long height, long width, long sy, long sx,
                    long top, long left, long rows, long pitch, long channelStride, long zeroTo,
                    unsigned long phaseMask, float *dst);

/* A piece of parallel work: called once for every index < count of one ck_parallel call. */
typedef void (*ck_task)(void *context, long index);

/* Runs task(context, i) for every i < count on the calling thread and up to workers - 1 pool
 * threads, which claim indices one at a time, and returns when all have run. Pool threads persist,
 * spinning briefly between jobs and then sleeping; indices are claimed in increasing order. Calls
 * from inside a task, from a second thread
 * while a job runs, or with workers <= 1 run every index on the calling thread. */
void ck_parallel(long workers, long count, ck_task task, void *context);

/* ck_parallel for two phases of one job: pieces i < first run first, and a piece i >= first starts
 * only once all of them have finished (pieces are claimed in index order, so a thread waiting at
 * the phase boundary waits only for pieces already running). Saves the second hand-off of two
 * ck_parallel calls in a row: the pool threads stay in the job. */
void ck_parallel_phased(long workers, long count, long first, ck_task task, void *context);

/* Which thread of the current ck_parallel job runs the calling task: 0 for the submitting thread
 * (and outside any job), 1 to workers - 1 for pool threads. Lets tasks claimed dynamically keep
 * per-thread partial results. A pool thread that runs a nested job inline keeps its own index,
 * which may be workers - 1 or more: clamp it (the whole nested job then runs on that thread). */
long ck_worker_index(void);

#endif
