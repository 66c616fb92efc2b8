import Profiling
import Testing

/// Time the quiet gate waited before the kernel phase comes out of the kernel budget, so a busy
/// host does not push the default run past its total.
@Suite struct ProfilerBudgetTests {
    /// (seconds before the kernel phase, kernel budget): the standard preset plans 175 s in all,
    /// 160 s of kernels and 3 s for the fit, and keeps at least 40 s of kernels.
    @Test(arguments: [(1.5, 160.0), (12.0, 160.0), (52.8, 119.2), (200.0, 40.0)])
    func standardBudgetShrinksWithTheTimeAlreadySpent(_ elapsed: Double, _ expected: Double) {
        let settings = ProfilerSettings.standard(threads: 1)
        #expect(abs(settings.kernelBudget(startingAfter: elapsed) - expected) < 1e-9)
    }

    @Test func quickPresetPlansItsOwnTotal() {
        let settings = ProfilerSettings.quick(threads: 1)
        #expect(settings.kernelBudget(startingAfter: 1) == 20)
        #expect(abs(settings.kernelBudget(startingAfter: 10) - 17) < 1e-9)
    }

    @Test func withoutATotalTheKernelBudgetStands() {
        var settings = ProfilerSettings.standard(threads: 1)
        settings.totalBudgetSeconds = nil
        #expect(settings.kernelBudget(startingAfter: 100) == 160)
    }
}
