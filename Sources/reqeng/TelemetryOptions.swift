import ArgumentParser
import Foundation
import Logging
import ReqEngPipeline

/// Options that shape a run's logs and metrics export, shared by the subcommands that run the graph.
struct TelemetryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Least severe level shown on standard error (the JSON log under logs/ keeps info and above).",
            valueName: "level"
        )
    )
    var logLevel: Logger.Level = .warning

    @Option(
        help: ArgumentHelp(
            "Who started the run, recorded as user_id in the logs (default: $GITHUB_ACTOR, "
                + "$GITLAB_USER_LOGIN, $BUILD_USER or $USER, else 'unknown').",
            valueName: "name"
        )
    )
    var user: String?

    @Option(
        help: ArgumentHelp(
            "Also push the run's metrics to this Prometheus Pushgateway (POST to <URL>/metrics/job/reqeng); "
                + "a failed push is logged as a warning and does not fail the run.",
            valueName: "URL"
        )
    )
    var pushgateway: String?

    /// `--user`, or the CI/login user of the environment.
    var resolvedUser: String {
        if let user, !user.trimmingCharacters(in: .whitespaces).isEmpty { return user }
        return RunTelemetry.defaultUserID()
    }

    /// `--pushgateway` as a URL (validated in ``validate()``).
    var pushgatewayURL: URL? {
        pushgateway.flatMap { URL(string: $0) }
    }

    func validate() throws {
        guard let pushgateway else { return }
        guard let url = URL(string: pushgateway), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil
        else {
            throw ValidationError("--pushgateway '\(pushgateway)' is not an http(s) URL; try http://localhost:9091")
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
