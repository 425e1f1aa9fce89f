/// What a metric family is: the data a ``PrometheusRegistry`` needs to expose it correctly.
///
/// The registry knows no family names of its own; an application passes its catalogue in.
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

    /// The Prometheus client default buckets, used for histograms nobody described.
    package static let defaultBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
}
