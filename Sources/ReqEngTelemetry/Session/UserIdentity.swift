import Foundation

/// Who started a run, for the `user_id` log field: the CI actor when there is one, else the login.
package enum UserIdentity {
    /// Environment variables consulted, in order.
    package static let environmentVariables = ["GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_USER", "USER"]

    /// The first non-empty variable of ``environmentVariables``, else `unknown`.
    package static func resolve(environment: [String: String]) -> String {
        for name in environmentVariables {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                return value
            }
        }
        return "unknown"
    }
}
