/// Numbers and flags as profile text. Doubles use Swift's shortest round-trip form, and whole
/// values below 10^15 are written without a fraction (`2700000000`, `1.5e-12`).
protocol ProfileScalarText {
    var profileText: String { get }
}

extension Double: ProfileScalarText {
    var profileText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return description
    }
}

extension Float: ProfileScalarText { var profileText: String { Double(self).profileText } }
extension Bool: ProfileScalarText { var profileText: String { self ? "true" : "false" } }
extension String: ProfileScalarText { var profileText: String { self } }
extension Int: ProfileScalarText { var profileText: String { String(self) } }
