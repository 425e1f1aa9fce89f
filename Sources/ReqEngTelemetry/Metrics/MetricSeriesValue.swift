import ReqEngBase

/// The current value of one series: a number, or a histogram's per-bucket counts, sum and count.
package enum MetricSeriesValue: Sendable, Hashable {
    case scalar(Double)
    case histogram(HistogramValue)

    /// An observed distribution; `bucketCounts[i]` counts observations in `(bounds[i-1], bounds[i]]`,
    /// with one extra slot for the `+Inf` bucket.
    package struct HistogramValue: Sendable, Hashable {
        package var bounds: [Double]
        package var bucketCounts: [UInt64]
        package var sum: Double = 0
        package var count: UInt64 = 0

        package init(bounds: [Double]) {
            self.bounds = bounds
            self.bucketCounts = Array(repeating: 0, count: bounds.count + 1)
        }

        package mutating func observe(_ value: Double) {
            let index = bounds.firstIndex { value <= $0 } ?? bounds.count
            bucketCounts[index] += 1
            sum += value
            count += 1
        }

        /// `(le, cumulative count)` for every bound and then `+Inf`.
        package var cumulativeBuckets: [(upperBound: Double, count: UInt64)] {
            var running: UInt64 = 0
            var result: [(upperBound: Double, count: UInt64)] = []
            for (index, bucketCount) in bucketCounts.enumerated() {
                running += bucketCount
                result.append((index < bounds.count ? bounds[index] : .infinity, running))
            }
            return result
        }
    }

    /// The empty value of a family of `kind`.
    static func initial(kind: MetricFamilyDescriptor.Kind, buckets: [Double]) -> MetricSeriesValue {
        kind == .histogram ? .histogram(HistogramValue(bounds: buckets)) : .scalar(0)
    }

    /// What a swift-metrics handler asked for.
    enum Operation {
        case add(Double)
        case set(Double)
        case observe(Double)
        case reset
    }

    /// Applies `operation` by the family's type: counters only grow (negative adds are dropped) and take
    /// set values as-is; gauges add and set; histograms observe whatever they are given.
    mutating func apply(_ operation: Operation, kind: MetricFamilyDescriptor.Kind) {
        switch (self, operation) {
        case (_, .reset):
            if case .histogram(let histogram) = self {
                self = .histogram(HistogramValue(bounds: histogram.bounds))
            } else {
                self = .scalar(0)
            }
        case (.histogram(var histogram), .add(let value)), (.histogram(var histogram), .set(let value)),
            (.histogram(var histogram), .observe(let value)):
            histogram.observe(value)
            self = .histogram(histogram)
        case (.scalar(let current), .add(let amount)):
            if kind == .counter && amount < 0 { return }
            self = .scalar(current + amount)
        case (.scalar, .set(let value)), (.scalar, .observe(let value)):
            self = .scalar(value)
        }
    }
}
