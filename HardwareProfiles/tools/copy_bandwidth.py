"""Single-thread copy bandwidth (read + write bytes per second) for working sets sized to fit
the last-level cache and to exceed it: the stop-gap measurement behind the L3 and DRAM
bandwidths of this-machine.yaml until `coforge profile` measures them (median of 30 copies)."""
import statistics
import sys
import time

import numpy as np

for total_bytes in (8 << 20, 512 << 20):
    n = total_bytes // 8  # two float32 arrays of total_bytes / 2 each
    a = np.ones(n, np.float32)
    b = np.empty(n, np.float32)
    for _ in range(3):
        np.copyto(b, a)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        np.copyto(b, a)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"working set {total_bytes} bytes: {2 * a.nbytes / median:.4g} bytes/s (median of 30)", file=sys.stdout)
