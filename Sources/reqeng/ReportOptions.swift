import ArgumentParser
import ReqEngReport

/// Options of the run report shared by `run` and `report`: how a run's alerts affect its exit status
/// (`--fail-on`) and where the projects' traces link to (`--trace-url`).
struct ReportOptions: ParsableArguments {
    @Option(
        name: .customLong("fail-on"),
        help: """
            Exit with status 1 when an alert of this severity or worse fires on the run: \
            never, warning or critical.
            """)
    var failOn: FailOnLevel = .never

    @Option(
        name: .customLong("trace-url"),
        help: ArgumentHelp(
            """
            Link each project's trace id in the report to a trace viewer: an http(s) URL containing \
            {trace_id}, e.g. https://traces.example.com/trace/{trace_id}.
            """, valueName: "TEMPLATE"))
    var traceURLOption: String?

    /// `--trace-url`, checked.
    var traceURL: TraceURLTemplate? {
        get throws { try traceURLOption.map { template throws(ReportError) in try TraceURLTemplate(template) } }
    }

    func validate() throws {
        do {
            _ = try traceURL
        } catch let error as ReportError {
            throw ValidationError(error.description)
        }
    }
}

extension FailOnLevel: ExpressibleByArgument {}
