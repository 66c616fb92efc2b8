import Foundation
import Search

/// An SVG scatter plot of evaluated points: one panel for two axes, a panel per pair of axes
/// for three or more. Infeasible points are grey, feasible ones light blue, front points red
/// and drawn last; with exactly two objectives the front's attainment staircase is drawn too.
struct FrontPlot {
    enum Kind: String, CaseIterable {
        case infeasible, feasible, front
    }

    struct Point {
        var values: [Double]
        var kind: Kind
        /// Tooltip (`<title>`) text; front points only.
        var label: String?
    }

    var title: String
    /// Lines under the title.
    var notes: [String]
    var axes: [Objective]
    var points: [Point]
    var drawsStaircase: Bool

    static let panelWidth = 400.0, panelHeight = 320.0
    static let plotLeft = 64.0, plotTop = 16.0, plotWidth = 316.0, plotHeight = 252.0
    static let headerHeight = 84.0, minimumWidth = 560.0

    /// Axis pairs (x, y), one panel each.
    var pairs: [(Int, Int)] {
        (0..<axes.count).flatMap { x in ((x + 1)..<axes.count).map { (x, $0) } }
    }

    func svg() -> String {
        let pairs = pairs
        let columns = max(min(pairs.count, 3), 1)
        let rows = (pairs.count + columns - 1) / columns
        let width = max(Double(columns) * Self.panelWidth + 16, Self.minimumWidth)
        let height = Self.headerHeight + Double(rows) * Self.panelHeight + 8
        let ticks = axes.indices.map { axis in
            let finite = points.map { $0.values[axis] }.filter(\.isFinite)
            return NiceTicks(minimum: finite.min() ?? 0, maximum: finite.max() ?? 1)
        }
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.f(width))" height="\(Self.f(height))" \
            viewBox="0 0 \(Self.f(width)) \(Self.f(height))" font-family="sans-serif" font-size="11">
            <style>.infeasible{fill:#bdbdbd}.feasible{fill:#8fb3dc}.front{fill:#d62728;stroke:#7f0000;stroke-width:0.8}\
            .frame{fill:none;stroke:#333}.grid{stroke:#ececec}.staircase{fill:none;stroke:#d62728;stroke-width:1.2}</style>
            <rect width="100%" height="100%" fill="white"/>
            <text x="16" y="22" font-size="15">\(Self.escaped(title))</text>

            """
        for (index, note) in notes.prefix(2).enumerated() {
            svg += "<text x=\"16\" y=\"\(40 + 15 * index)\" fill=\"#555\">\(Self.escaped(note))</text>\n"
        }
        svg += legend(y: 76)
        for (index, pair) in pairs.enumerated() {
            let x = 8 + Double(index % columns) * Self.panelWidth
            let y = Self.headerHeight + Double(index / columns) * Self.panelHeight
            svg += panel(pair, ticks: (ticks[pair.0], ticks[pair.1]), at: (x, y))
        }
        return svg + "</svg>\n"
    }

    private func legend(y: Double) -> String {
        let counts = Dictionary(grouping: points, by: \.kind).mapValues(\.count)
        let names: [(Kind, String)] = [(.front, "front"), (.feasible, "feasible"), (.infeasible, "infeasible")]
        return names.enumerated().map { index, entry in
            let x = 22 + Double(index) * 130
            return "<circle class=\"\(entry.0.rawValue)\" cx=\"\(Self.f(x))\" cy=\"\(Self.f(y - 4))\" r=\"4\"/>"
                + "<text x=\"\(Self.f(x + 9))\" y=\"\(Self.f(y))\">\(entry.1) (\(counts[entry.0] ?? 0))</text>\n"
        }.joined()
    }

    private func panel(_ pair: (Int, Int), ticks: (x: NiceTicks, y: NiceTicks), at origin: (Double, Double)) -> String {
        let (left, top) = (origin.0 + Self.plotLeft, origin.1 + Self.plotTop)
        func px(_ value: Double) -> Double { left + (value - ticks.x.lower) / (ticks.x.upper - ticks.x.lower) * Self.plotWidth }
        func py(_ value: Double) -> Double { top + Self.plotHeight - (value - ticks.y.lower) / (ticks.y.upper - ticks.y.lower) * Self.plotHeight }
        var svg = "<g class=\"panel\">\n"
        for value in ticks.x.values {
            svg += line(px(value), top, px(value), top + Self.plotHeight, "grid")
                + text(ticks.x.label(value), px(value), top + Self.plotHeight + 15, anchor: "middle")
        }
        for value in ticks.y.values {
            svg += line(left, py(value), left + Self.plotWidth, py(value), "grid")
                + text(ticks.y.label(value), left - 6, py(value) + 4, anchor: "end")
        }
        svg += "<rect class=\"frame\" x=\"\(Self.f(left))\" y=\"\(Self.f(top))\" width=\"\(Self.f(Self.plotWidth))\" height=\"\(Self.f(Self.plotHeight))\"/>\n"
        svg += text(axisTitle(pair.0), left + Self.plotWidth / 2, top + Self.plotHeight + 34, anchor: "middle")
        let (ty, tx) = (left - 48, top + Self.plotHeight / 2)
        svg += "<text x=\"\(Self.f(ty))\" y=\"\(Self.f(tx))\" text-anchor=\"middle\" transform=\"rotate(-90 \(Self.f(ty)) \(Self.f(tx)))\">\(Self.escaped(axisTitle(pair.1)))</text>\n"
        let visible = points.filter { $0.values[pair.0].isFinite && $0.values[pair.1].isFinite }
        if drawsStaircase { svg += staircase(visible.filter { $0.kind == .front }, px: px, py: py) }
        for kind in Kind.allCases {
            for point in visible where point.kind == kind {
                let circle = "<circle class=\"\(kind.rawValue)\" cx=\"\(Self.f(px(point.values[pair.0])))\" cy=\"\(Self.f(py(point.values[pair.1])))\" r=\"\(kind == .front ? "3.5" : "2.5")\""
                svg += point.label.map { circle + "><title>\(Self.escaped($0))</title></circle>\n" } ?? circle + "/>\n"
            }
        }
        return svg + "</g>\n"
    }

    /// The boundary of the region the front dominates: sorted by the first objective (made
    /// small), each point joins the next by a step along x, then along y.
    private func staircase(_ front: [Point], px: (Double) -> Double, py: (Double) -> Double) -> String {
        let sorted = front.sorted { axes[0].minimized($0.values[0]) < axes[0].minimized($1.values[0]) }
        guard let first = sorted.first else { return "" }
        var path = "M\(Self.f(px(first.values[0]))),\(Self.f(py(first.values[1])))"
        for next in sorted.dropFirst() {
            path += " H\(Self.f(px(next.values[0]))) V\(Self.f(py(next.values[1])))"
        }
        return "<path class=\"staircase\" d=\"\(path)\"/>\n"
    }

    private func axisTitle(_ axis: Int) -> String {
        axes[axis].name + (axes[axis].direction == .minimize ? " (min)" : " (max)")
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ style: String) -> String {
        "<line class=\"\(style)\" x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\"/>\n"
    }

    private func text(_ content: String, _ x: Double, _ y: Double, anchor: String) -> String {
        "<text x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"\(anchor)\">\(Self.escaped(content))</text>\n"
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escaped(_ text: String) -> String {
        text.map { character -> String in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&apos;"
            default: String(character)
            }
        }.joined()
    }
}
