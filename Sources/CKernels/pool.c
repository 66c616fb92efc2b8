/*
 * A persistent worker pool for the Engine's parallel loops (see ck_parallel in ckernels.h).
 *
 * A job is published as one 64-bit ticket: its generation in the high half and the number of
 * unclaimed pieces in the low half. Every thread claims a piece by decrementing the ticket with a
 * compare-and-swap that also checks the generation it woke for, so a helper that wakes late (or is
 * descheduled on a busy machine) finds nothing left and the caller has done the work itself;
 * nobody waits for a thread that has not started a piece. Task and context are read only after a
 * valid claim, while the caller is still waiting for that piece, so they are stable. Pieces are
 * claimed in index order. Idle helpers spin for about 100 µs (a network's next layer usually arrives sooner) and
 * then sleep on a futex.
 */
#include "ckernels.h"

#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { max_helpers = 255, spin_rounds = 2000 };

static struct {
    pthread_mutex_t submit;
    _Atomic uint64_t ticket;
    _Atomic uint32_t generation;
    _Atomic long finished;
    _Atomic int sleepers;
    _Atomic int allowed; /* helpers that may take part in the current job */
    ck_task task;
    void *context;
    long count;
    int started;
} pool = {.submit = PTHREAD_MUTEX_INITIALIZER};

static _Thread_local int inside_pool;
static _Thread_local long worker_index;

static inline void relax(void) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
}

/* Runs pieces of job `generation` until none is left. */
static void claim_pieces(uint32_t generation) {
    uint64_t t = atomic_load_explicit(&pool.ticket, memory_order_acquire);
    for (;;) {
        const uint32_t remaining = (uint32_t)t;
        if ((uint32_t)(t >> 32) != generation || remaining == 0) return;
        if (!atomic_compare_exchange_weak_explicit(&pool.ticket, &t, t - 1, memory_order_acq_rel, memory_order_acquire))
            continue;
        pool.task(pool.context, pool.count - (long)remaining);
        t = atomic_load_explicit(&pool.ticket, memory_order_acquire);
        atomic_fetch_add_explicit(&pool.finished, 1, memory_order_release);
    }
}

static void *helper_main(void *argument) {
    const int index = (int)(intptr_t)argument;
    inside_pool = 1;
    worker_index = index + 1;
    uint32_t seen = atomic_load_explicit(&pool.generation, memory_order_acquire);
    for (;;) {
        uint32_t current;
        int spins = 0;
        while ((current = atomic_load_explicit(&pool.generation, memory_order_acquire)) == seen) {
            if (++spins < spin_rounds) {
                relax();
                continue;
            }
            atomic_fetch_add(&pool.sleepers, 1);
            if (atomic_load(&pool.generation) == seen)
                syscall(SYS_futex, &pool.generation, FUTEX_WAIT_PRIVATE, seen, NULL, NULL, 0);
            atomic_fetch_sub(&pool.sleepers, 1);
            spins = 0;
        }
        seen = current;
        if (index < atomic_load_explicit(&pool.allowed, memory_order_relaxed)) claim_pieces(current);
    }
    return NULL;
}

static void run_inline(long count, ck_task task, void *context) {
    for (long i = 0; i < count; i++) task(context, i);
}

void ck_parallel(long workers, long count, ck_task task, void *context) {
    if (count <= 0) return;
    if (workers > max_helpers + 1) workers = max_helpers + 1;
    if (workers <= 1 || count == 1 || count > UINT32_MAX || inside_pool || pthread_mutex_trylock(&pool.submit) != 0) {
        run_inline(count, task, context);
        return;
    }
    while (pool.started < workers - 1) {
        pthread_t thread;
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        const int failed = pthread_create(&thread, &attributes, helper_main, (void *)(intptr_t)pool.started);
        pthread_attr_destroy(&attributes);
        if (failed) break;
        pool.started++;
    }
    inside_pool = 1;
    pool.task = task;
    pool.context = context;
    pool.count = count;
    atomic_store_explicit(&pool.finished, 0, memory_order_relaxed);
    atomic_store_explicit(&pool.allowed, (int)workers - 1, memory_order_relaxed);
    const uint32_t generation = atomic_load_explicit(&pool.generation, memory_order_relaxed) + 2;
    atomic_store_explicit(&pool.ticket, (uint64_t)generation << 32 | (uint64_t)count, memory_order_release);
    atomic_store_explicit(&pool.generation, generation, memory_order_release);
    if (atomic_load(&pool.sleepers) > 0) syscall(SYS_futex, &pool.generation, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
    claim_pieces(generation);
    for (long spins = 0; atomic_load_explicit(&pool.finished, memory_order_acquire) < count; spins++) {
        if (spins < 4 * spin_rounds) relax();
        else sched_yield();
    }
    inside_pool = 0;
    pthread_mutex_unlock(&pool.submit);
}

/* A phased job: pieces below `first` run before any other starts (see ck_parallel_phased). */
struct phased_job {
    ck_task task;
    void *context;
    long first;
    _Atomic long finished;
};

static void run_phased_piece(void *context, long index) {
    struct phased_job *job = context;
    if (index >= job->first) {
        /* Every first-phase piece is claimed before this one (claims follow index order) and runs
         * on some thread; wait for the last to finish. */
        for (long spins = 0; atomic_load_explicit(&job->finished, memory_order_acquire) < job->first; spins++) {
            if (spins < 4 * spin_rounds) relax();
            else sched_yield();
        }
    }
    job->task(job->context, index);
    if (index < job->first) atomic_fetch_add_explicit(&job->finished, 1, memory_order_release);
}

void ck_parallel_phased(long workers, long count, long first, ck_task task, void *context) {
    struct phased_job job = {.task = task, .context = context, .first = first < count ? first : count};
    atomic_init(&job.finished, 0);
    ck_parallel(workers, count, run_phased_piece, &job);
}

long ck_worker_index(void) {
    return worker_index;
}
