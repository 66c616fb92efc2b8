import ModelZoo
import NetworkIR
import Testing

@Suite struct NB201CellTests {
    static let example = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|"

    @Test func operationsAndEdgesFollowNB201Order() {
        #expect(NB201Operation.allCases.map(\.rawValue)
            == ["none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"])
        #expect(NB201Cell.edges.map { "\($0.to)<-\($0.from)" } == ["1<-0", "2<-0", "2<-1", "3<-0", "3<-1", "3<-2"])
        #expect(NB201Cell.edges.enumerated().allSatisfy { NB201Cell.edgeIndex(to: $1.to, from: $1.from) == $0 })
        #expect(NB201Cell.edgeIndex(to: 2, from: 2) == nil && NB201Cell.edgeIndex(to: 4, from: 0) == nil)
    }

    @Test func parsesAndPrints() throws {
        let cell = try NB201Cell(archString: Self.example)
        #expect(cell.operations == [.norConv3x3, .norConv3x3, .avgPool3x3, .skipConnect, .norConv3x3, .skipConnect])
        #expect(cell[to: 2, from: 1] == .avgPool3x3)
        #expect(cell.archString == Self.example)
        #expect("\(cell)" == Self.example)
    }

    @Test(arguments: [
        ("", 0, "expected \"|\" to open node 1"),
        ("|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|", 1, "unknown operation \"conv\""),
        ("|none~1|+|none~0|none~1|+|none~0|none~1|none~2|", 6, "must read node 0, found \"~1\""),
        ("|none~0|+|none~0|+|none~0|none~1|none~2|", 17, "node 2 has 1 edge(s), expected 2"),
        ("|none~0|none~1|+|none~0|none~1|+|none~0|none~1|none~2|", 8, "expected \"+\" to end node 1"),
        ("|none~0|+|none~0|none~1|+|none~0|none~1|none~2", 46, "expected \"|\" after edge 3←2"),
        ("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|+|none~0|", 47, "more than three nodes"),
        ("|none~0|+|none~0|none~01|+|none~0|none~1|none~2|", 22, "found \"~01\""),
        ("|none0|+|none~0|none~1|+|none~0|none~1|none~2|", 1, "unknown operation \"none0\""),
    ])
    func parseErrorsSayWhatAndWhere(text: String, offset: Int, reason: String) {
        #expect {
            _ = try NB201Cell(archString: text)
        } throws: { error in
            guard let error = error as? NB201ArchStringError else { return false }
            return error.offset == offset && error.reason.contains(reason) && "\(error)".contains("offset \(offset)")
        }
    }

    @Test func isomorphismKeyFollowsTheReferenceRule() throws {
        let cases = [
            (Self.example,
             "((0)@nor_conv_3x3)@avg_pool_3x3+(0)@nor_conv_3x3+((0)@nor_conv_3x3)@nor_conv_3x3+0"),
            ("|skip_connect~0|+|skip_connect~0|none~1|+|none~0|nor_conv_1x1~1|skip_connect~2|",
             "#+#+0+(0)@nor_conv_1x1"),
            ("|nor_conv_3x3~0|+|none~0|none~1|+|avg_pool_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|",
             "(#+#)@nor_conv_3x3+((0)@nor_conv_3x3)@nor_conv_3x3+(0)@avg_pool_3x3"),
            ("|none~0|+|none~0|none~1|+|none~0|nor_conv_3x3~1|avg_pool_3x3~2|", "#+#+(#+#)@avg_pool_3x3"),
            ("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|none~0|none~1|none~2|", "#+#+#"),
        ]
        for (arch, key) in cases {
            #expect(try NB201Cell(archString: arch).isomorphismKey == key, "\(arch)")
        }
    }

    @Test func isomorphicCellsShareAKey() {
        let a = NB201Cell([.skipConnect, .none, .none, .norConv1x1, .norConv3x3, .none])
        let b = NB201Cell([.skipConnect, .none, .none, .norConv3x3, .norConv1x1, .none])
        let c = NB201Cell([.skipConnect, .none, .none, .norConv1x1, .norConv1x1, .none])
        #expect(a != b)
        #expect(a.isomorphismKey == b.isomorphismKey)
        #expect(a.isomorphismKey == "#+(0)@nor_conv_1x1+(0)@nor_conv_3x3")
        #expect(a.isomorphismKey != c.isomorphismKey)
    }

    @Test func pathToOutput() {
        #expect(NB201Cell([.skipConnect, .none, .none, .none, .none, .skipConnect]).hasPathToOutput == false)
        #expect(NB201Cell([.skipConnect, .none, .norConv1x1, .none, .none, .avgPool3x3]).hasPathToOutput)
        #expect(NB201Cell([.none, .none, .none, .skipConnect, .none, .none]).hasPathToOutput)
        #expect(NB201Cell([.none, .skipConnect, .none, .none, .skipConnect, .none]).hasPathToOutput == false)
    }
}

@Suite struct NB201NetworkTests {
    @Test func allNoneCellMatchesThePublishedCounts() throws {
        let network = try nb201Network(cell: NB201Cell(Array(repeating: .none, count: 6)))
        let counts = network.totalCounts
        #expect(counts.macs + counts.biasAdds == 7_783_050)
        #expect(counts.parameters == 73_306)
        #expect(network.outputShape == .vector(10))
    }

    @Test func keepsEveryEdgeAndFollowsTheReferenceLayout() throws {
        let cell = try NB201Cell(archString: NB201CellTests.example)
        let network = try nb201Network(cell: cell, cellsPerStage: 2, resolution: 16, classes: 120)
        let names = Set(network.layers.map(\.name))
        for edge in ["edge1_0.conv", "edge2_0.conv", "edge2_1.pool", "edge3_0.skip", "edge3_1.conv", "edge3_2.skip"] {
            #expect(names.contains("cells.7.\(edge)"), "\(edge)")
        }
        #expect(names.contains("cells.2.downsample.conv") && names.contains("cells.5.conv_b.bn"))
        #expect(!names.contains("cells.8.node3") && !names.contains("cells.7.node1"))
        let last = try #require(network.layers.firstIndex { $0.name == "cells.7.node3" })
        #expect(network.shapes[last] == TensorShape(channels: 64, height: 4, width: 4))
        #expect(network.outputShape == .vector(120))
    }
}

@Suite(.enabled(if: NB201ReferenceTable.isAvailable, "\(NB201ReferenceTable.missingComment)"))
struct NB201ReferenceTests {
    @Test func archStringsRoundTripAndIsomorphismKeysMatchEveryRow() throws {
        let table = try NB201ReferenceTable.shared.get()
        let arch = try table.column("arch_str"), iso = try table.column("iso_class_str")
        #expect(table.rows.count == 15_625)
        var keys = Set<String>(), mismatches: [String] = [], withoutPath = 0
        for row in table.rows {
            let cell = try NB201Cell(archString: row[arch])
            if cell.archString != row[arch] { mismatches.append("print \(row[arch]) -> \(cell.archString)") }
            let key = cell.isomorphismKey
            if key != row[iso] { mismatches.append("key \(row[arch]): \(key) != \(row[iso])") }
            if cell.hasPathToOutput && key.allSatisfy({ $0 == "#" || $0 == "+" }) {
                mismatches.append("path \(row[arch]): has a path but key \(key) is zero")
            }
            keys.insert(key)
            withoutPath += cell.hasPathToOutput ? 0 : 1
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
        #expect(keys.count == 6_466)
        #expect(withoutPath == 341)
    }

    /// Each dataset's input size and class count (Dong & Yang, ICLR 2020, Section 2.3). Rows are
    /// checked in chunks on all cores; every row of every dataset is checked.
    @Test(arguments: [("cifar10", 32, 10), ("cifar100", 32, 100), ("imagenet16_120", 16, 120)])
    func macsAndParametersMatchEveryRow(dataset: String, resolution: Int, classes: Int) async throws {
        let table = try NB201ReferenceTable.shared.get()
        try #require(table.rows.count == 15_625)
        let columns = Columns(
            arch: try table.column("arch_str"), flops: try table.column("flops_m_\(dataset)"),
            params: try table.column("params_m_\(dataset)"))
        let deviation = try await withThrowingTaskGroup(of: Deviation.self) { group in
            for start in stride(from: 0, to: table.rows.count, by: 625) {
                let rows = table.rows[start..<min(start + 625, table.rows.count)]
                group.addTask { try Deviation(rows: rows, columns: columns, resolution: resolution, classes: classes) }
            }
            return try await group.reduce(into: Deviation()) { $0.merge($1) }
        }
        #expect(deviation.rows == 15_625)
        let summary = "max error \(deviation.flops) M MACs, \(deviation.params) M params (worst \(deviation.worst))"
        #expect(deviation.flops <= 0.001 && deviation.params <= 0.001, "\(summary)")
        #expect(deviation.flops < 5e-7 && deviation.params < 5e-7, "not exact to the table's six decimals: \(summary)")
        print("NB201 \(dataset): \(deviation.rows) rows, max |Δ| \(deviation.flops) M MACs, \(deviation.params) M params")
    }

    struct Columns: Sendable {
        var arch: Int, flops: Int, params: Int
    }

    /// The largest absolute differences, in millions, between computed and tabulated counts.
    struct Deviation: Sendable {
        var rows = 0, flops = 0.0, params = 0.0, worst = ""

        init() {}

        init(rows: ArraySlice<[String]>, columns: Columns, resolution: Int, classes: Int) throws {
            for row in rows {
                let cell = try NB201Cell(archString: row[columns.arch])
                let counts = try nb201Network(cell: cell, resolution: resolution, classes: classes).totalCounts
                let flops = try #require(Double(row[columns.flops])), params = try #require(Double(row[columns.params]))
                var one = Deviation()
                one.rows = 1
                one.flops = abs(Double(counts.macs + counts.biasAdds) / 1e6 - flops)
                one.params = abs(Double(counts.parameters) / 1e6 - params)
                one.worst = row[columns.arch]
                merge(one)
            }
        }

        mutating func merge(_ other: Deviation) {
            if max(other.flops, other.params) > max(flops, params) { worst = other.worst }
            rows += other.rows
            flops = max(flops, other.flops)
            params = max(params, other.params)
        }
    }
}
