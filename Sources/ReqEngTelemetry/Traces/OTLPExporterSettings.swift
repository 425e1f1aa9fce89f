import Foundation

/// The standard OpenTelemetry SDK environment variables reqeng honours for its traces.
///
/// - `OTEL_SDK_DISABLED=true`: nothing is sent to a collector (the run's traces file is still
///   written: it is one of reqeng's outputs, not an export).
/// - `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is used as-is; else `OTEL_EXPORTER_OTLP_ENDPOINT` with
///   `/v1/traces` appended; neither: no collector.
/// - `OTEL_EXPORTER_OTLP_HEADERS`, then `OTEL_EXPORTER_OTLP_TRACES_HEADERS` over it key by key:
///   `key=value` pairs separated by commas, values percent-decoded. They are secrets (an
///   `Authorization` header, an API key): sent with each export and never logged, traced or stored.
/// - `OTEL_RESOURCE_ATTRIBUTES` (same format) adds resource attributes; `OTEL_SERVICE_NAME` wins over
///   a `service.name` given there. `service.instance.id` is always the run id, which is also the
///   logs' `request_id`, so the two can be joined.
/// - `OTEL_EXPORTER_OTLP_PROTOCOL` / `OTEL_EXPORTER_OTLP_TRACES_PROTOCOL`: reqeng sends
///   `http/json` only; another value is reported and ignored.
///
/// reqeng has no command-line option for these; were one added, it would win over the environment.
package struct OTLPExporterSettings: Sendable {
    /// Full traces URL, or nil when nothing is sent to a collector.
    package var tracesEndpoint: URL?
    /// Headers sent with every export. Secret: never log them.
    package var headers: [Header]
    package var serviceName: String
    /// Resource attributes from `OTEL_RESOURCE_ATTRIBUTES`, `service.name` included.
    package var resourceAttributes: [String: String]
    package var disabled: Bool
    /// What was ignored, one sentence each, naming variables and positions but never a value.
    package var problems: [String]

    /// One HTTP header of the exports.
    package struct Header: Sendable, Hashable {
        package var name: String
        package var value: String
    }

    /// Reads `environment`; `serviceName` is the name used when `OTEL_SERVICE_NAME` is unset.
    /// Throws when an endpoint is set but is no http(s) URL.
    package init(environment: [String: String], serviceName defaultServiceName: String) throws(TelemetryError) {
        var problems: [String] = []
        disabled = environment["OTEL_SDK_DISABLED"]?.trimmingCharacters(in: .whitespaces).lowercased() == "true"

        var byName: [String: Header] = [:]
        var order: [String] = []
        for variable in ["OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS"] {
            guard let text = environment[variable] else { continue }
            let parsed = Self.keyValueList(text, variable: variable)
            problems += parsed.problems
            for (name, value) in parsed.pairs {
                let key = name.lowercased()
                if byName[key] == nil { order.append(key) }
                byName[key] = Header(name: name, value: value)
            }
        }
        headers = order.compactMap { byName[$0] }

        var attributes: [String: String] = [:]
        if let text = environment["OTEL_RESOURCE_ATTRIBUTES"] {
            let parsed = Self.keyValueList(text, variable: "OTEL_RESOURCE_ATTRIBUTES")
            problems += parsed.problems
            for (key, value) in parsed.pairs { attributes[key] = value }
        }
        if let name = environment["OTEL_SERVICE_NAME"]?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            attributes[SemanticAttributes.serviceName] = name
        }
        serviceName = attributes[SemanticAttributes.serviceName] ?? defaultServiceName
        attributes[SemanticAttributes.serviceName] = serviceName
        resourceAttributes = attributes

        for variable in ["OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"] {
            if let value = environment[variable]?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
                value != "http/json"
            {
                problems.append("\(variable)=\(value) is ignored: reqeng sends traces as OTLP/HTTP JSON (http/json)")
            }
        }
        tracesEndpoint = disabled ? nil : try OTLPEndpoint.traces(environment: environment)
        self.problems = problems
    }

    /// `key=value,key=value` as the OpenTelemetry environment variables spell lists (W3C baggage
    /// without properties): whitespace around entries trimmed, values percent-decoded. An entry
    /// without `=` or with an empty key is skipped and reported by position, never by content.
    static func keyValueList(_ text: String, variable: String) -> (pairs: [(String, String)], problems: [String]) {
        var pairs: [(String, String)] = []
        var problems: [String] = []
        for (index, entry) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                problems.append("\(variable): entry \(index + 1) has no '=' and is ignored")
                continue
            }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let raw = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                problems.append("\(variable): entry \(index + 1) has an empty key and is ignored")
                continue
            }
            guard let value = raw.removingPercentEncoding else {
                problems.append("\(variable): entry \(index + 1) ('\(key)') has a bad percent-encoding and is ignored")
                continue
            }
            pairs.append((key.removingPercentEncoding ?? key, value))
        }
        return (pairs, problems)
    }
}
