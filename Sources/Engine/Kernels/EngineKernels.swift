import CKernels

/// What the Engine's direct convolution kernels run on.
public enum EngineKernels {
    /// The instruction set `CKernels` uses by default: the best the CPU supports, unless
    /// `COFORGE_SIMD=avx2|portable` lowers it.
    public static var instructionSet: String {
        switch ck_simd_level() {
        case 2: "AVX-512"
        case 1: "AVX2+FMA"
        default: "portable C"
        }
    }
}
