/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at
/// rank ⌈p/100 · n⌉ (1-based), so it is always an observed value and p100 is the maximum.
package enum Percentile {
    /// How the report states the method.
    package static let methodDescription =
        "nearest-rank over the run's invocations (the value at rank ⌈p/100 × n⌉ of the sorted durations; "
        + "always an observed duration, p100 = max)"

    /// The `p`-th percentile (0 < p ≤ 100) of `values`, or `nil` when there are none.
    package static func nearestRank(_ p: Double, of values: [Double]) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty, p > 0 else { return sorted.first }
        let rank = Int((min(p, 100) / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
