/// The units a profile key may end in, and units it must not: every numeric key carries its
/// unit in its name (`sizeBytes`, `coreClockHz`), always in base SI units or plain counts.
enum UnitSuffix {
    /// Accepted suffixes, longest first, with the phrase used in messages.
    static let accepted: [(suffix: String, phrase: String)] = [
        ("BytesPerSecond", "bytes per second"),
        ("FLOPsPerCyclePerCore", "floating-point operations per cycle per core"),
        ("FLOPsPerCycle", "floating-point operations per cycle"),
        ("MACsPerCycle", "multiply-accumulates per cycle"),
        ("SquareMillimetres", "square millimetres"),
        ("RelativeToMAC", "multiples of one MAC's energy"),
        ("Nanometres", "nanometres"),
        ("Joules", "joules"),
        ("Seconds", "seconds"),
        ("Cycles", "cycles"),
        ("Watts", "watts"),
        ("Bytes", "bytes"),
        ("Volts", "volts"),
        ("Count", "a count"),
        ("Bits", "bits"),
        ("Hz", "hertz"),
    ]

    /// Unit spellings that profiles must not use (scaled or abbreviated); longest first.
    static let rejected: [String] = [
        "KBps", "MBps", "GBps", "GBPerSecond", "MBPerSecond", "KiB", "MiB", "GiB", "KB", "MB", "GB", "Kb", "Mb",
        "kHz", "KHz", "MHz", "GHz", "mW", "uW", "kW", "W", "mJ", "uJ", "nJ", "pJ", "fJ", "J", "ms", "us", "ns",
        "Sec", "Secs", "Mm2", "mm2", "Um2", "nm", "Nm", "mV", "V", "B",
    ]

    /// The unit phrase of a key (`"bytes"` for `sizeBytes`), or nil for a unitless key.
    static func phrase(forKey key: String) -> String? {
        accepted.first { key.hasSuffix($0.suffix) }?.phrase
    }

    /// The key without its unit suffix, accepted or rejected: `sizeKB` and `sizeBytes` → `size`.
    static func stem(_ key: String) -> String {
        if let s = accepted.first(where: { key.hasSuffix($0.suffix) && key.count > $0.suffix.count }) {
            return String(key.dropLast(s.suffix.count))
        }
        let sorted = rejected.sorted { $0.count > $1.count }
        if let s = sorted.first(where: { key.hasSuffix($0) && key.count > $0.count }) {
            return String(key.dropLast(s.count))
        }
        return key
    }
}
