import Foundation
import ReqEngBase

/// `metrics/metrics.json`: the registry's families at the end of a run, the one type that both
/// writes the file and reads it back (the next run's last-success time, `reqeng merge`).
///
/// `{"families":[{"name","type","help","series":[{"labels","value"|"buckets","sum","count"}]}]}`,
/// keys sorted; histogram buckets are cumulative with `le` spelled as in the text exposition, and
/// `+Inf`, `-Inf` and `NaN` sample values are strings.
package struct MetricsSnapshot: Codable, Sendable, Hashable {
    /// One family, in exposition order.
    package struct Family: Codable, Sendable, Hashable {
        package var name: String
        package var type: String
        package var help: String
        package var series: [Series]
    }

    /// One series: `value` for counters and gauges; `buckets`, `sum` and `count` for histograms.
    package struct Series: Codable, Sendable, Hashable {
        package var labels: [String: String]
        package var value: Double?
        package var buckets: [Bucket]?
        package var sum: Double?
        package var count: UInt64?
    }

    /// A cumulative histogram bucket.
    package struct Bucket: Codable, Sendable, Hashable {
        package var le: String
        package var count: UInt64
    }

    /// Why a file could not be read back; `reason` names the family or field at fault.
    package struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        package var reason: String
        package var description: String { reason }
    }

    package var families: [Family]

    /// The snapshot of registry families, as the exposition shows them.
    package init(_ snapshot: [MetricFamilySnapshot]) {
        families = snapshot.map { family in
            Family(
                name: family.descriptor.name, type: family.descriptor.type.rawValue, help: family.descriptor.help,
                series: family.series.map(Series.init))
        }
    }

    /// Parses a `metrics.json`.
    package init(data: Data) throws(ReadError) {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "+Inf", negativeInfinity: "-Inf", nan: "NaN")
        do {
            self = try decoder.decode(MetricsSnapshot.self, from: data)
        } catch {
            throw ReadError(reason: "not a reqeng metrics.json (\(Self.reason(error)))")
        }
    }

    /// The file's bytes: sorted keys, pretty-printed, slashes unescaped.
    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+Inf", negativeInfinity: "-Inf", nan: "NaN")
        return (try? encoder.encode(self)) ?? Data("{\"families\":[]}".utf8)
    }

    /// The value of the first series of family `name`, if the family is there and is not a histogram.
    package func scalar(_ name: String) -> Double? {
        families.first { $0.name == name }?.series.first?.value
    }

    /// The families as registry values, checked: counters and gauges as scalars, histograms as
    /// per-bucket (not cumulative) counts. A descriptor's label names are those its series use.
    package func familySnapshots() throws(ReadError) -> [MetricFamilySnapshot] {
        var result: [MetricFamilySnapshot] = []
        for family in families {
            guard let kind = MetricFamilyDescriptor.Kind(rawValue: family.type) else {
                throw ReadError(reason: "family '\(family.name)' has unknown type '\(family.type)'")
            }
            var bounds: [Double] = []
            var series: [MetricFamilySnapshot.Series] = []
            for entry in family.series {
                let value = try Self.value(of: entry, kind: kind, family: family.name)
                if case .histogram(let histogram) = value { bounds = histogram.bounds }
                series.append(MetricFamilySnapshot.Series(labels: MetricLabels(entry.labels), value: value))
            }
            let labelNames = Set(family.series.flatMap(\.labels.keys)).sorted()
            let descriptor = MetricFamilyDescriptor(
                name: family.name, help: family.help, type: kind, labelNames: labelNames, buckets: bounds)
            result.append(MetricFamilySnapshot(descriptor: descriptor, series: series))
        }
        return result
    }

    private static func value(
        of series: Series, kind: MetricFamilyDescriptor.Kind, family: String
    ) throws(ReadError) -> MetricSeriesValue {
        guard kind == .histogram else {
            guard let value = series.value else {
                throw ReadError(reason: "a series of '\(family)' has no value")
            }
            return .scalar(value)
        }
        guard let buckets = series.buckets, let last = buckets.last, last.le == "+Inf",
            let sum = series.sum, let count = series.count
        else {
            throw ReadError(reason: "a series of histogram '\(family)' lacks buckets, sum or count")
        }
        var bounds: [Double] = []
        for bucket in buckets.dropLast() {
            guard let bound = Double(bucket.le), bound.isFinite, bounds.last.map({ $0 < bound }) ?? true else {
                throw ReadError(reason: "histogram '\(family)' has a bad bucket bound '\(bucket.le)'")
            }
            bounds.append(bound)
        }
        var histogram = MetricSeriesValue.HistogramValue(bounds: bounds)
        var previous: UInt64 = 0
        for (index, bucket) in buckets.enumerated() {
            guard bucket.count >= previous else {
                throw ReadError(reason: "histogram '\(family)' has decreasing cumulative counts")
            }
            histogram.bucketCounts[index] = bucket.count - previous
            previous = bucket.count
        }
        guard previous == count else {
            throw ReadError(reason: "histogram '\(family)' count \(count) ≠ its +Inf bucket \(previous)")
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
}

extension MetricsSnapshot.Series {
    /// A registry series as the file spells it.
    init(_ series: MetricFamilySnapshot.Series) {
        labels = series.labels.dictionary
        switch series.value {
        case .scalar(let number):
            value = number
        case .histogram(let histogram):
            buckets = histogram.cumulativeBuckets.map {
                MetricsSnapshot.Bucket(le: PrometheusExposition.format($0.upperBound), count: $0.count)
            }
            sum = histogram.sum
            count = histogram.count
        }
    }
}
