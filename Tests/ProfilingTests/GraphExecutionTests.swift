import NetworkIR
import Profiling
import SearchSpaces
import Testing

/// Which layers a runtime executes (`GraphOptimization`), on NB201 cells whose dead edges are known.
@Suite struct GraphExecutionTests {
    let space = NB201Space()

    func network(_ arch: String) throws -> Network { try space.network(for: try space.genome(string: arch)) }

    func convolutions(_ network: Network, _ optimization: GraphOptimization) -> Int {
        zip(network.layers, network.executedLayers(under: optimization)).count { layer, runs in
            guard runs, case .conv2d = layer.operation else { return false }
            return true
        }
    }

    /// Fixed part of the NB201 macro network: stem, two reduction blocks of two 3x3 and one 1x1.
    let fixedConvolutions = 1 + 2 * 3

    @Test func eagerRuntimesRunEveryLayer() throws {
        let net = try network("|nor_conv_3x3~0|+|none~0|none~1|+|nor_conv_1x1~0|none~1|none~2|")
        #expect(net.executedLayers(under: .none).allSatisfy { $0 })
        #expect(convolutions(net, .none) == fixedConvolutions + 15 * 2)
    }

    /// Edge 0→1 feeds node 1, whose only way out is `none`: dead under elimination.
    @Test func deadEdgesAreEliminated() throws {
        let net = try network("|nor_conv_3x3~0|+|none~0|none~1|+|nor_conv_1x1~0|none~1|none~2|")
        #expect(net.outputDependsOnInput)
        #expect(convolutions(net, .deadCodeElimination) == fixedConvolutions + 15)
        let zeros = zip(net.layers, net.executedLayers(under: .deadCodeElimination)).count { layer, runs in
            guard runs, case .zero = layer.operation else { return false }
            return true
        }
        #expect(zeros == 0)
    }

    /// Every path to node 3 passes through `none`: the network is a constant and nothing runs.
    @Test func constantNetworksFoldAway() throws {
        let net = try network("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|none~0|none~1|none~2|")
        #expect(!net.outputDependsOnInput)
        #expect(!net.executedLayers(under: .deadCodeElimination).contains(true))
        #expect(WorkProfile(network: net, optimization: .deadCodeElimination).executedLayerCount == 0)
    }

    @Test func workIsCountedPerKind() throws {
        let net = try network("|nor_conv_3x3~0|+|none~0|none~1|+|nor_conv_1x1~0|none~1|none~2|")
        let work = WorkProfile(network: net, optimization: .deadCodeElimination)
        // NB201 cells keep C²·HW constant across stages: 16²·32² per 1x1 convolution.
        let perCell1x1 = 16.0 * 16 * 32 * 32
        #expect(work.workByKind[OperatorKind("conv1x1")] == 15 * perCell1x1 + 32 * 16 * 16 * 16 + 64 * 32 * 8 * 8)
        #expect(work.workByKind[OperatorKind("zero")] == nil)
        #expect(WorkProfile(network: net, optimization: .none).workByKind[OperatorKind("zero")] != nil)
    }
}
