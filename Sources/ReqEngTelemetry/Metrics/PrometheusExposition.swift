import Foundation

/// Renders registry snapshots as Prometheus text exposition (format 0.0.4); ``MetricsSnapshot`` is
/// the same families as `metrics.json`.
///
/// No timestamps are written: the node_exporter textfile collector rejects them.
package enum PrometheusExposition {
    /// Content type of the text format, for pushes.
    package static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// `# HELP`, `# TYPE` and the samples of every family, in snapshot order.
    package static func text(_ families: [MetricFamilySnapshot]) -> String {
        var output = ""
        for family in families {
            let name = family.descriptor.name
            output += "# HELP \(name) \(escapeHelp(family.descriptor.help))\n"
            output += "# TYPE \(name) \(family.descriptor.type.rawValue)\n"
            for series in family.series {
                switch series.value {
                case .scalar(let value):
                    output += "\(name)\(labelText(series.labels.pairs)) \(format(value))\n"
                case .histogram(let histogram):
                    for bucket in histogram.cumulativeBuckets {
                        let bound = MetricLabels.Pair(name: "le", value: format(bucket.upperBound))
                        output += "\(name)_bucket\(labelText(series.labels.pairs + [bound])) \(bucket.count)\n"
                    }
                    output += "\(name)_sum\(labelText(series.labels.pairs)) \(format(histogram.sum))\n"
                    output += "\(name)_count\(labelText(series.labels.pairs)) \(histogram.count)\n"
                }
            }
        }
        return output
    }

    /// Sample values: integers without a fraction, `+Inf`/`-Inf`/`NaN` spelled as Prometheus reads them.
    package static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Label value escaping: backslash, double quote, newline.
    package static func escapeLabelValue(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Help escaping: backslash and newline.
    package static func escapeHelp(_ help: String) -> String {
        help.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func labelText(_ pairs: [MetricLabels.Pair]) -> String {
        guard !pairs.isEmpty else { return "" }
        return "{" + pairs.map { "\($0.name)=\"\(escapeLabelValue($0.value))\"" }.joined(separator: ",") + "}"
    }
}
