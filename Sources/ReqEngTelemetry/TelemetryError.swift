/// What stops telemetry from being set up or written; each message says what to do about it.
package enum TelemetryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A telemetry file or directory could not be created or written.
    case cannotWrite(path: String, reason: String)
    /// A configured endpoint URL is not a usable http(s) URL.
    case invalidEndpoint(String)

    package var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .invalidEndpoint(let value):
            "'\(value)' is not an http(s) URL; give a URL such as http://localhost:9091"
        }
    }
}
