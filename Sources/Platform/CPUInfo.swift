/// The processor name from `/proc/cpuinfo`, for when hwloc does not report one.
enum CPUInfo {
    /// The first `model name` in `/proc/cpuinfo` (x86 Linux), or nil.
    static func modelName(cpuinfo: String? = ProcText.read("/proc/cpuinfo")) -> String? {
        guard let cpuinfo, let name = ProcText.firstValue(of: "model name", in: cpuinfo),
            !name.isEmpty
        else { return nil }
        return name
    }
}
