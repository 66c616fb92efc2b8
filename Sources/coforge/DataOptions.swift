import ArgumentParser
import Engine

/// Options shared by `train` and `evaluate`.
struct DataOptions: ParsableArguments {
    @Option(help: """
        fashion-mnist, mnist:DIR, idx:DIR, cifar10:PATH (binary batches, an image folder with \
        train/ and test/, or a .tar.gz of one), folder:PATH, or csv:TRAIN.csv[,TEST.csv].
        """)
    var data: String

    @Option(help: "Input resolution for zoo models that take one (default: the data's).")
    var resolution: Int?

    @Option(help: "Output classes for zoo models that take one (default: the data's).")
    var classes: Int?

    @Option(help: "Worker threads for the Engine and OpenBLAS (default: OpenBLAS's count).")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func applyThreads() {
        if let threads { EngineThreads.count = threads }
    }
}
