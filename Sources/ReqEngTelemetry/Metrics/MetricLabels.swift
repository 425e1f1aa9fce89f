/// A series' label set: names sanitized for Prometheus, sorted by name, one value per name.
package struct MetricLabels: Sendable, Hashable, Comparable {
    /// `(name, value)` pairs sorted by name.
    package let pairs: [Pair]

    /// One label.
    package struct Pair: Sendable, Hashable {
        package var name: String
        package var value: String
    }

    /// Later duplicates win, as with dictionary assignment.
    package init(_ dimensions: [(String, String)]) {
        var byName: [String: String] = [:]
        for (name, value) in dimensions {
            byName[MetricName.sanitizedLabel(name)] = value
        }
        pairs = byName.keys.sorted().map { Pair(name: $0, value: byName[$0] ?? "") }
    }

    package init(_ labels: [String: String]) {
        self.init(labels.map { ($0.key, $0.value) })
    }

    /// Label names then values, pair by pair: a stable total order for exposition.
    package static func < (left: MetricLabels, right: MetricLabels) -> Bool {
        for (leftPair, rightPair) in zip(left.pairs, right.pairs) {
            if leftPair.name != rightPair.name { return leftPair.name < rightPair.name }
            if leftPair.value != rightPair.value { return leftPair.value < rightPair.value }
        }
        return left.pairs.count < right.pairs.count
    }

    /// As a dictionary, for JSON.
    package var dictionary: [String: String] {
        Dictionary(uniqueKeysWithValues: pairs.map { ($0.name, $0.value) })
    }
}

/// Prometheus naming rules: what a metric or label name may contain.
package enum MetricName {
    /// `[a-zA-Z_:][a-zA-Z0-9_:]*`, other characters replaced by `_`.
    package static func sanitizedMetric(_ name: String) -> String {
        sanitized(name, allowColon: true)
    }

    /// `[a-zA-Z_][a-zA-Z0-9_]*`, not starting with the reserved `__`, and never `le`
    /// (which would collide with histogram bucket bounds).
    package static func sanitizedLabel(_ name: String) -> String {
        var result = sanitized(name, allowColon: false)
        if result.hasPrefix("__") { result = "x" + result }
        if result == "le" { result = "le_label" }
        return result
    }

    private static func sanitized(_ name: String, allowColon: Bool) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            let isLetter = (65...90).contains(scalar.value) || (97...122).contains(scalar.value)
            let isDigit = (48...57).contains(scalar.value)
            let allowed = isLetter || isDigit || scalar == "_" || (allowColon && scalar == ":")
            result.unicodeScalars.append(allowed ? scalar : "_")
        }
        if result.isEmpty || result.unicodeScalars.first.map({ (48...57).contains($0.value) }) == true {
            result = "_" + result
        }
        return result
    }
}
