import Foundation
import Profiling

/// A progress bar on standard error: `[#########-----------]  45%  kernels (120 measured)  80 s`,
/// redrawn at most ten times a second (every change of label is drawn).
final class ProgressBar {
    private let start = TimingClock.wall.now()
    private var lastDraw = -1.0
    private var lastLabel = ""
    private let width = 24

    func update(_ fraction: Double, label: String) {
        let now = TimingClock.wall.now()
        guard now - lastDraw >= 0.1 || label != lastLabel || fraction >= 1 else { return }
        lastDraw = now
        lastLabel = label
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        Progress.status("[\(bar)] " + String(format: "%3.0f%%", fraction * 100) + "  \(label)  " + String(format: "%.0f s", now - start))
    }
}
