/// What a CPU profile adds: core resources, per-layer overhead and the fitted kernel models.
public struct CPUSection: Hashable, Sendable, Codable {
    /// The processor's model string (`/proc/cpuinfo` "model name", or the vendor's name).
    public var modelName: String
    /// Instruction-set architecture: `x86_64`, `aarch64`.
    public var architecture: String
    /// Physical cores the cost model may use.
    public var coreCount: Count
    public var threadsPerCore: Count
    /// Widest SIMD register the kernels use (512 for AVX-512, 128 for NEON).
    public var vectorWidthBits: Count
    /// Peak float32 operations per cycle of one core (FMA units × lanes × 2).
    public var peakFLOPsPerCyclePerCore: Quantity
    /// Fixed cost of running one layer (dispatch, allocation), added to every layer's kernel time.
    public var layerOverheadSeconds: Quantity?
    /// The typical time of `coforge profile`'s speed probe (a fixed reference workload) at the
    /// machine's quiet speed during the kernel measurements (the median of the probes within
    /// the quiet gate's tolerance of the fastest): the scale of the kernel models' quiet-machine time on a machine
    /// whose speed drifts, which later validations of the profile normalise to.
    public var speedProbeSeconds: Quantity?
    /// Fitted latency models by kernel class (`conv`, `depthwiseConv`, …, see `KernelClass`).
    public var kernelModels: ProfileTable<KernelModel>?

    public init(modelName: String, architecture: String, coreCount: Count, threadsPerCore: Count,
                vectorWidthBits: Count, peakFLOPsPerCyclePerCore: Quantity,
                layerOverheadSeconds: Quantity? = nil, speedProbeSeconds: Quantity? = nil,
                kernelModels: ProfileTable<KernelModel>? = nil) {
        self.modelName = modelName
        self.architecture = architecture
        self.coreCount = coreCount
        self.threadsPerCore = threadsPerCore
        self.vectorWidthBits = vectorWidthBits
        self.peakFLOPsPerCyclePerCore = peakFLOPsPerCyclePerCore
        self.layerOverheadSeconds = layerOverheadSeconds
        self.speedProbeSeconds = speedProbeSeconds
        self.kernelModels = kernelModels
    }
}
