import ArgumentParser
import Engine
import Foundation
import ModelZoo
import Platform
import Profiling
import Randomness

/// Rank fidelity of short training: trains NB201 cells that span the accuracy range with a
/// reduced budget on CIFAR-10 and reports Spearman's ρ between our test accuracies and NB201's
/// 200-epoch `cifar10_test_acc`. EcoNAS (Zhou et al., CVPR 2020) reports 0.61 for its reduced
/// setting; this prints the budget (epochs, items, channels, cells per stage) next to the figure.
struct NB201Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nb201-rank", abstract: "Spearman of reduced-budget NB201 training against NB201's accuracies.")

    @Option(help: "CIFAR-10 data spec (see `coforge train --help`).")
    var data = "cifar10:../shared/datasets/CIFAR-10-images-d7d0561.tar.gz"
    @Option(help: "nb201_accuracy.csv.") var reference = "../shared/reference/nb201_accuracy.csv"
    @Option(help: "Number of cells, one per accuracy bin.") var cells = 20
    @Option(help: "Seed for the cell choice, subset and training.") var seed: UInt64 = 0
    @Option(help: "Training epochs per cell.") var epochs = 4
    @Option(help: "Training items per cell (seeded subset, the same for every cell).") var subset = 10_000
    @Option(help: "Test items to evaluate on (seeded subset).") var testItems = 10_000
    @Option(help: "Stem channels C (NB201: 16).") var channels = 16
    @Option(help: "Cells per stage N (NB201: 5).") var cellsPerStage = 1
    @Option(help: "Mini-batch size.") var batchSize = 128
    @Option(help: "Peak learning rate (SGD, Nesterov, cosine).") var learningRate: Float = 0.1
    @Option(help: "Worker threads.") var threads = 2
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        EngineThreads.count = threads
        var generator = SeededGenerator(seed: seed)
        let chosen = try NB201Reference(contentsOf: URL(fileURLWithPath: reference)).spanningSample(cells, using: &generator)
        let (trainingRaw, testRaw) = try DataSource(parsing: data).load { message in
            FileHandle.standardError.write(Data("\(message)\n".utf8))
        }
        let normalization = trainingRaw.channelStatistics()
        let training = trainingRaw.randomSubset(subset, using: &generator).normalized(normalization)
        let test = testRaw.randomSubset(testItems, using: &generator).normalized(normalization)
        let configuration = TrainingConfiguration(
            budget: .epochs(epochs), batchSize: batchSize,
            optimizer: .sgd(momentum: 0.9, nesterov: true, weightDecay: 5e-4),
            schedule: .cosine(learningRate, minimumLearningRate: 0, warmupSteps: 0),
            augmentation: .cifar, seed: seed)
        let trainer = try Trainer(configuration: configuration)
        var rows: [[String: Any]] = []
        var ours: [Double] = [], theirs: [Double] = []
        let start = Date()
        for (k, row) in chosen.enumerated() {
            let network = try nb201Network(
                cell: NB201Cell(archString: row.arch), channels: channels, cellsPerStage: cellsPerStage)
            var init_ = SeededGenerator(seed: seed &+ UInt64(row.index))
            var model = Model(network: network, using: &init_)
            let cellStart = Date()
            let report = try trainer.train(model: &model, training: training)
            let accuracy = report.isCompleted
                ? try Trainer.evaluate(model: model, dataset: test, batchSize: 256).accuracy : 0.1
            let seconds = Date().timeIntervalSince(cellStart)
            ours.append(accuracy)
            theirs.append(row.cifar10TestAccuracyPercent)
            rows.append(["index": row.index, "arch": row.arch, "nb201Accuracy": row.cifar10TestAccuracyPercent / 100,
                         "accuracy": accuracy, "seconds": seconds, "completed": report.isCompleted])
            FileHandle.standardError.write(Data(String(
                format: "[%2d/%d] cell %5d  nb201 %.2f %%  ours %.2f %%  %.0f s\n", k + 1, chosen.count, row.index,
                row.cifar10TestAccuracyPercent, accuracy * 100, seconds).utf8))
        }
        let rho = RankCorrelation.spearman(ours, theirs)
        let tau = RankCorrelation.kendall(ours, theirs)
        let totalSeconds = Date().timeIntervalSince(start)
        let budget = "\(epochs) epochs on \(training.count) items, C=\(channels), N=\(cellsPerStage), batch \(batchSize), crop-flip"
        if json {
            try printJSON(["spearman": rho, "kendall": tau, "cells": rows, "seconds": totalSeconds, "budget": budget,
                           "threads": threads, "blasCore": BLAS.coreName])
        } else {
            print("NB201 rank fidelity, \(chosen.count) cells (seed \(seed)), budget: \(budget)")
            print(String(format: "  spearman %.3f  kendall %.3f  (EcoNAS reduced training: 0.61)", rho, tau))
            print(String(format: "  %.0f s in all, %.0f s per cell, ", totalSeconds, totalSeconds / Double(chosen.count))
                  + "\(threads) threads, OpenBLAS \(BLAS.coreName)")
        }
    }
}
