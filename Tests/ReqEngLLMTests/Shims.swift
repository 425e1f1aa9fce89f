import Metrics
import Tracing

/// No-op backends for tests that check the client, not its telemetry.
enum NoOpTracerShim {
    static var tracer: any Tracer { NoOpTracer() }
}

enum NOOPMetricsShim {
    static var factory: any MetricsFactory { NOOPMetricsHandler.instance }
}
