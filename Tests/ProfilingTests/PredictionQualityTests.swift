import Profiling
import Testing

@Suite struct PredictionQualityTests {
    @Test func handComputedFigures() {
        let measured = [10.0, 20, 30, 40]
        let predicted = [10.5, 25, 29, 35] // errors 5 %, 25 %, 3.3 %, 12.5 %
        let q = PredictionQuality(predicted: predicted, measured: measured)
        #expect(abs(q.mape - (0.05 + 0.25 + 1.0 / 30 + 0.125) / 4) < 1e-12)
        #expect(q.within10 == 0.5)
        #expect(q.spearman == 1 && q.kendall == 1)
        #expect(q.count == 4)
    }

    @Test func maskedPairsStayOutOfRelativeErrorsOnly() {
        let q = PredictionQuality(predicted: [5, 20, 31], measured: [0.01, 20, 30], relative: [false, true, true])
        #expect(q.within10 == 1)
        #expect(abs(q.mape - 1.0 / 60) < 1e-12)
        #expect(q.spearman == 1)
    }

    @Test func reversedOrderIsMinusOne() {
        let q = PredictionQuality(predicted: [3, 2, 1], measured: [1, 2, 3])
        #expect(q.spearman == -1 && q.kendall == -1)
    }
}
