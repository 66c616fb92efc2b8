import ArgumentParser

@main
struct Coforge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coforge",
        abstract: "Hardware-aware neural-network co-design.",
        discussion: """
            Inspect networks with exact counts; train and evaluate them on the CPU; profile this \
            machine and predict latency, memory and energy on CPUs, microcontrollers and dataflow \
            accelerators; sample network and network × accelerator spaces. Searching and int8 \
            export come in later releases.
            """,
        subcommands: [Inspect.self, ZooCommand.self, SampleCommand.self, TrainCommand.self, EvaluateCommand.self,
                      BenchmarkProblemCommand.self, ProfileCheckCommand.self, CostCommand.self, ProfileCommand.self,
                      ValidateLatencyCommand.self, CalibrateCommand.self, CalibrateTableCommand.self, SystolicCommand.self])
}
