import Foundation
import ReqEngTelemetry

/// A `metrics/metrics.json` as ``PrometheusExposition/json(_:)`` writes it, read back into registry
/// values: counters and gauges as scalars, histograms as per-bucket (not cumulative) counts.
struct MetricsDocument: Sendable {
    /// One family of the file, in file order.
    struct Family: Sendable {
        var descriptor: MetricFamilyDescriptor
        var series: [(labels: MetricLabels, value: MetricSeriesValue)]
    }

    var families: [Family]

    /// Parses `data`, read from `path` (named in errors).
    init(data: Data, path: String) throws(MergeError) {
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: data)
        } catch {
            throw .badShardData(path: path, reason: "not a reqeng metrics.json (\(Self.reason(error)))")
        }
        var families: [Family] = []
        for family in raw.families {
            guard let kind = MetricFamilyDescriptor.Kind(rawValue: family.type) else {
                throw .badShardData(path: path, reason: "family '\(family.name)' has unknown type '\(family.type)'")
            }
            var bounds: [Double] = []
            var series: [(labels: MetricLabels, value: MetricSeriesValue)] = []
            for entry in family.series {
                let value = try Self.value(of: entry, kind: kind, family: family.name, path: path)
                if case .histogram(let histogram) = value { bounds = histogram.bounds }
                series.append((MetricLabels(entry.labels), value))
            }
            let labelNames = Set(family.series.flatMap(\.labels.keys)).sorted()
            families.append(
                Family(
                    descriptor: MetricFamilyDescriptor(
                        name: family.name, help: family.help, type: kind, labelNames: labelNames, buckets: bounds),
                    series: series))
        }
        self.families = families
    }

    /// The scalar value of the first series of family `name`, if the family is there.
    func scalar(_ name: String) -> Double? {
        guard let family = families.first(where: { $0.descriptor.name == name }),
            case .scalar(let value) = family.series.first?.value
        else { return nil }
        return value
    }

    private static func value(
        of series: Raw.Series, kind: MetricFamilyDescriptor.Kind, family: String, path: String
    ) throws(MergeError) -> MetricSeriesValue {
        guard kind == .histogram else {
            guard let value = series.value?.value else {
                throw .badShardData(path: path, reason: "a series of '\(family)' has no value")
            }
            return .scalar(value)
        }
        guard let buckets = series.buckets, let last = buckets.last, last.le == "+Inf",
            let sum = series.sum?.value, let count = series.count
        else {
            throw .badShardData(path: path, reason: "a series of histogram '\(family)' lacks buckets, sum or count")
        }
        var bounds: [Double] = []
        for bucket in buckets.dropLast() {
            guard let bound = Double(bucket.le), bound.isFinite, bounds.last.map({ $0 < bound }) ?? true else {
                throw .badShardData(path: path, reason: "histogram '\(family)' has a bad bucket bound '\(bucket.le)'")
            }
            bounds.append(bound)
        }
        var histogram = MetricSeriesValue.HistogramValue(bounds: bounds)
        var previous: UInt64 = 0
        for (index, bucket) in buckets.enumerated() {
            guard bucket.count >= previous else {
                throw .badShardData(path: path, reason: "histogram '\(family)' has decreasing cumulative counts")
            }
            histogram.bucketCounts[index] = bucket.count - previous
            previous = bucket.count
        }
        guard previous == count else {
            throw .badShardData(
                path: path, reason: "histogram '\(family)' count \(count) ≠ its +Inf bucket \(previous)")
        }
        histogram.sum = sum
        histogram.count = count
        return .histogram(histogram)
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
            DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }

    /// The file's shape.
    private struct Raw: Decodable {
        struct Family: Decodable {
            var name: String
            var type: String
            var help: String
            var series: [Series]
        }

        struct Series: Decodable {
            var labels: [String: String]
            var value: Number?
            var buckets: [Bucket]?
            var sum: Number?
            var count: UInt64?
        }

        struct Bucket: Decodable {
            var le: String
            var count: UInt64
        }

        /// A JSON number, or `+Inf` / `-Inf` / `NaN` spelled as strings.
        struct Number: Decodable {
            var value: Double

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Double.self) {
                    value = number
                    return
                }
                switch try container.decode(String.self) {
                case "+Inf": value = .infinity
                case "-Inf": value = -.infinity
                case "NaN": value = .nan
                case let other:
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "'\(other)' is not a number")
                }
            }
        }

        var families: [Family]
    }
}
