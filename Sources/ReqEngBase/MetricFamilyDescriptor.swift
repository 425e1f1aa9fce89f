/// What a metric family is: its name, help line, type, label names and histogram buckets.
///
/// The code that records a family declares its descriptor beside it (each instruments type lists
/// its own), the application's catalogue concatenates those lists, and the Prometheus registry
/// exposes exactly the families it is given. It lives here, below every module that records
/// metrics, because it is a plain value that needs no metrics library.
package struct MetricFamilyDescriptor: Sendable, Hashable, Codable {
    /// Prometheus exposition type.
    package enum Kind: String, Sendable, Hashable, Codable {
        case counter
        case gauge
        case histogram
    }

    /// Family name as exposed (`agent_invocations_total`).
    package var name: String
    /// One-line description for the `# HELP` line.
    package var help: String
    package var type: Kind
    /// Label names the application attaches (documentation and checks; not enforced at record time).
    package var labelNames: [String]
    /// Histogram upper bounds, ascending, without `+Inf`; empty for counters and gauges.
    package var buckets: [Double]

    package init(name: String, help: String, type: Kind, labelNames: [String] = [], buckets: [Double] = []) {
        self.name = name
        self.help = help
        self.type = type
        self.labelNames = labelNames
        self.buckets = buckets
    }
}
