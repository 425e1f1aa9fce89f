import Foundation

/// Where traces are posted, from the standard OpenTelemetry environment variables.
package enum OTLPEndpoint {
    /// `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as-is, else `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`;
    /// nil when neither is set (export to file only).
    package static func traces(environment: [String: String]) throws(TelemetryError) -> URL? {
        if let value = environment["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"], !value.isEmpty {
            return try TelemetryHTTPClient.endpointURL(value)
        }
        if let value = environment["OTEL_EXPORTER_OTLP_ENDPOINT"], !value.isEmpty {
            return TelemetryHTTPClient.appending("/v1/traces", to: try TelemetryHTTPClient.endpointURL(value))
        }
        return nil
    }
}
