import ArgumentParser

@main
struct Coforge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coforge",
        abstract: "Hardware-aware neural-network co-design.",
        discussion: """
            Inspect networks with exact counts, and (in later releases) profile devices, predict \
            cost, search networks and hardware, and export int8 models.
            """,
        subcommands: [Inspect.self, ZooCommand.self, SampleCommand.self, TrainCommand.self, EvaluateCommand.self,
                      BenchmarkProblemCommand.self, ProfileCheckCommand.self, CostCommand.self, ProfileCommand.self,
                      ValidateLatencyCommand.self, CalibrateCommand.self, CalibrateTableCommand.self, SystolicCommand.self])
}
