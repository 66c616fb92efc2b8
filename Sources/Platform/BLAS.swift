import COpenBLAS

/// The OpenBLAS library this process is linked against: its thread pool and the
/// CPU kernel it picked.
///
/// Every call into BLAS from Coforge goes through this namespace, so the rest of
/// the code never imports `COpenBLAS`. The GEMM entry point is in `BLAS+SGEMM.swift`.
///
/// OpenBLAS state is process-wide: changing `threadCount` affects every caller,
/// including ones running concurrently on other threads.
public enum BLAS {
    /// The environment variable that forces the kernel family (e.g. `Haswell`,
    /// `SkylakeX`, `Zen`) in an OpenBLAS built with `DYNAMIC_ARCH`, as Debian's is.
    ///
    /// OpenBLAS reads it once, when the library is loaded, so it must be set in the
    /// environment of the process before it starts; setting it later has no effect.
    /// Without it, or with a name OpenBLAS does not know, OpenBLAS detects the CPU
    /// itself. `coreName` reports the family in use either way.
    public static let coreTypeEnvironmentVariable = "OPENBLAS_CORETYPE"

    /// How many threads OpenBLAS uses for one call.
    ///
    /// Setting a value below 1 is a programming error. OpenBLAS silently caps the
    /// value at the maximum it was built for (see `configuration`, `MAX_THREADS`),
    /// so read it back to learn what was applied.
    public static var threadCount: Int {
        get { Int(openblas_get_num_threads()) }
        set {
            precondition(newValue >= 1, "BLAS.threadCount must be at least 1, got \(newValue)")
            openblas_set_num_threads(Int32(clamping: newValue))
        }
    }

    /// The kernel family OpenBLAS chose for this CPU, e.g. `Haswell` or `SkylakeX`.
    ///
    /// Two machines reporting different names run different GEMM kernels, so timings
    /// from one do not transfer to the other even at the same clock.
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "" }
        return String(cString: name)
    }

    /// The build line of the linked OpenBLAS, e.g.
    /// `OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64`.
    public static var configuration: String {
        guard let config = openblas_get_config() else { return "" }
        return String(cString: config)
    }
}
