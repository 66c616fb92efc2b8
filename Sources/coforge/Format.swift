import Foundation

/// Text formatting for tables.
enum Format {
    /// `1234567` → `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// `300774272` → `300.77 M`.
    static func scaled(_ n: Int) -> String {
        let x = Double(n)
        let (value, unit): (Double, String) = switch x {
        case 1e9...: (x / 1e9, " G")
        case 1e6...: (x / 1e6, " M")
        case 1e3...: (x / 1e3, " k")
        default: (x, "")
        }
        return unit.isEmpty ? String(n) : format2(value) + unit
    }

    /// Bytes with binary units: `174080` → `170.0 KiB`.
    static func bytes(_ n: Int) -> String {
        let x = Double(n)
        switch n {
        case (1 << 30)...: return format2(x / Double(1 << 30)) + " GiB"
        case (1 << 20)...: return format2(x / Double(1 << 20)) + " MiB"
        case 1024...: return format2(x / 1024) + " KiB"
        default: return "\(n) B"
        }
    }

    static func format2(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        let whole = Int(r), frac = Int(((r - Double(whole)) * 100).rounded())
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// Left-aligns the first `leftColumns` columns and right-aligns the rest.
    static func table(_ rows: [[String]], leftColumns: Int) -> String {
        guard let width = rows.first?.count else { return "" }
        let widths = (0..<width).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c < leftColumns ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

extension Encodable {
    /// JSON with sorted keys, the form every `--json` flag prints.
    func sortedJSON(pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
