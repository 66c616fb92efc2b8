import CostModels
import Testing

@Suite struct SystolicTopologyTests {
    static let header = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,"

    @Test func readsSCALESimRows() throws {
        let text = Self.header + "\r\nconv1, 34, 34, 3, 3, 3, 16, 2,\r\n\r\nfc, 1, 1024, 1, 1024, 1, 100, 1\r\ndw_DP, 26, 26, 3, 3, 32, 1, 1, 1:1,\r\n"
        let layers = try SystolicTopology.layers(csv: text, file: "t.csv")
        #expect(layers.map(\.name) == ["conv1", "fc", "dw_DP"])
        #expect(layers[0] == DataflowLayer(name: "conv1", inputHeight: 34, inputWidth: 34, filterHeight: 3, filterWidth: 3,
                                           channels: 3, filterCount: 16, strideHeight: 2, strideWidth: 2))
        #expect(layers[1].inputWidth == 1024 && layers[1].filterCount == 100)
        #expect([layers[2].groups, layers[2].channels, layers[2].filterCount] as [Int] == [32, 32, 32])
    }

    /// (file text after the header, line, column, words the message must hold).
    @Test(arguments: [
        ("x, 10, 10, 3, 3, 4, 0, 1,", 2, "Num Filter", "expected a positive whole number, got \"0\""),
        ("x, 10, ten, 3, 3, 4, 8, 1,", 2, "IFMAP Width", "got \"ten\""),
        ("x, 10, 10, 3, 3, 4, 8,", 2, nil, "expected 8 fields"),
        ("ok, 4, 4, 1, 1, 1, 1, 1,\nx, 2, 10, 3, 3, 4, 8, 1,", 3, "Filter Height", "filter larger than the IFMAP"),
        ("x, 10, 10, 3, 3, 4, 8, 1, 2:4,", 2, nil, "expected 8 fields"),
        ("", 2, nil, "no layers"),
    ] as [(String, Int, String?, String)])
    func badRowsNameLineAndColumn(_ rows: String, _ line: Int, _ column: String?, _ message: String) {
        #expect {
            _ = try SystolicTopology.layers(csv: Self.header + "\n" + rows, file: "bad.csv")
        } throws: { error in
            guard let problem = error as? SystolicTopology.Problem else { return false }
            return problem.file == "bad.csv" && problem.line == line && problem.column == column
                && problem.description.contains(message)
        }
    }
}
