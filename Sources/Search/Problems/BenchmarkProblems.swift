/// The test problems by name, as the command line and the benchmarks name them.
public enum BenchmarkProblems {
    public static let names = ["zdt1", "zdt2", "zdt3", "dtlz1", "dtlz2", "c1dtlz1", "tnk"]

    /// The problem called `name` with its default sizes (ZDT: 30 variables; DTLZ and C1-DTLZ1:
    /// 3 objectives, n = M + 4 for DTLZ1 and C1-DTLZ1, M + 9 for DTLZ2), or `nil`.
    public static func named(_ name: String, variableCount: Int? = nil) -> (any BenchmarkProblem)? {
        switch name {
        case "zdt1": ZDT(.one, variableCount: variableCount ?? 30)
        case "zdt2": ZDT(.two, variableCount: variableCount ?? 30)
        case "zdt3": ZDT(.three, variableCount: variableCount ?? 30)
        case "dtlz1": DTLZ(.one, variableCount: variableCount)
        case "dtlz2": DTLZ(.two, variableCount: variableCount)
        case "c1dtlz1": ConstrainedDTLZ1(variableCount: variableCount)
        case "tnk": TNK()
        default: nil
        }
    }
}
