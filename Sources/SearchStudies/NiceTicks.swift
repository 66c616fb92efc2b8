import Foundation

/// Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), after Heckbert, "Nice
/// numbers for graph labels", Graphics Gems (1990).
struct NiceTicks: Equatable {
    /// The axis range, widened to whole ticks.
    var lower: Double
    var upper: Double
    var step: Double

    /// About `count` ticks spanning `minimum...maximum`; a zero-width range is widened
    /// around its value.
    init(minimum: Double, maximum: Double, count: Int = 5) {
        var (low, high) = (minimum, maximum)
        if !(high > low) {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        let range = Self.nice(high - low, round: false)
        step = Self.nice(range / Double(max(count - 1, 1)), round: true)
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    var values: [Double] {
        let count = Int(((upper - lower) / step).rounded()) + 1
        return (0..<count).map { lower + Double($0) * step }
    }

    /// A tick label with as many decimals as the step needs.
    func label(_ value: Double) -> String {
        let magnitude = max(abs(lower), abs(upper))
        if magnitude >= 1e6 || step < 1e-4 { return String(format: "%.3g", value) }
        let decimals = max(0, Int((-log10(step)).rounded(.up)))
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// 1, 2, 5 or 10 times a power of ten near `value` (rounded to the nearest, or the
    /// smallest not below it).
    private static func nice(_ value: Double, round: Bool) -> Double {
        let exponent = floor(log10(value))
        let fraction = value / pow(10, exponent)
        let niceFraction: Double =
            if round { fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10 }
            else { fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10 }
        return niceFraction * pow(10, exponent)
    }
}
