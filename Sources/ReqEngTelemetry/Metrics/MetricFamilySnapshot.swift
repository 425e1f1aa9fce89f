import ReqEngBase

/// A family's state at one moment, in exposition order.
package struct MetricFamilySnapshot: Sendable, Hashable {
    /// One series of the family.
    package struct Series: Sendable, Hashable {
        package var labels: MetricLabels
        package var value: MetricSeriesValue
    }

    package var descriptor: MetricFamilyDescriptor
    package var series: [Series]
}
