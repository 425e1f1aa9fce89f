import Foundation

/// Pushes an exposition to a Prometheus Pushgateway with push-add semantics (POST), best effort.
package struct PushgatewayClient: Sendable {
    package var baseURL: URL
    package var job: String
    package var http: TelemetryHTTPClient

    package init(baseURL: URL, job: String = ServiceIdentity.name, http: TelemetryHTTPClient = TelemetryHTTPClient()) {
        self.baseURL = baseURL
        self.job = job
        self.http = http
    }

    /// `<base>/metrics/job/<job>`.
    package var pushURL: URL {
        let escapedJob = job.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? job
        return TelemetryHTTPClient.appending("/metrics/job/\(escapedJob)", to: baseURL)
    }

    /// POSTs `exposition`; nil on success, else why it failed.
    package func push(_ exposition: String) async -> String? {
        await http.send(
            Data(exposition.utf8), to: pushURL, method: "POST", contentType: PrometheusExposition.contentType)
    }
}
