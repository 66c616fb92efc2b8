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
        ("CyclesPerMAC", "core cycles per multiply-accumulate"),
        ("CyclesPerByte", "core cycles per byte"),
        ("Nanometres", "nanometres"),
        ("Joules", "joules"),
        ("Seconds", "seconds"),
        ("Cycles", "cycles"),
        ("Watts", "watts"),
        ("Bytes", "bytes"),
        ("Volts", "volts"),
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

    /// The key and the key without each unit suffix it ends in, accepted or rejected:
    /// `sizeKB` → {sizeKB, sizeK, size}. Two keys share a stem when only their units differ.
    static func stems(_ key: String) -> Set<String> {
        var result: Set<String> = [key.lowercased()]
        for suffix in accepted.map(\.suffix) + rejected where key.hasSuffix(suffix) && key.count > suffix.count {
            result.insert(String(key.dropLast(suffix.count)).lowercased())
        }
        return result
    }

    /// Whether two different keys differ only in their unit (`sizeKB`, `sizeBytes`, `size`).
    static func differOnlyInUnit(_ a: String, _ b: String) -> Bool {
        a != b && !stems(a).isDisjoint(with: stems(b))
    }
}
