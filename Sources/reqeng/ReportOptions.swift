import ArgumentParser
import ReqEngReport

/// Options that decide how a run's alerts affect its exit status (`--fail-on`), shared by `run` and
/// `report`.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .customLong("fail-on"),
        help: """
            Exit with status 1 when an alert of this severity or worse fires on the run: \
            never, warning or critical.
            """)
    var failOn: FailOnLevel = .never
}

extension FailOnLevel: ExpressibleByArgument {}
