import ReqEngAgents
import ReqEngBase
import ReqEngLLM
import ReqEngStore

/// Every metric family reqeng exposes (DESIGN.md §6): the concatenation of what each instruments
/// type declares beside the code that records it.
///
/// The names and labels are a contract with dashboards and alert rules under `deploy/`; the
/// WebSocket families of the original design are left out, having no meaning in a batch tool.
/// The registry exposes these families only, so a name recorded without a descriptor is rejected.
package enum MetricCatalog {
    /// The whole catalogue, as passed to the registry.
    package static let all: [MetricFamilyDescriptor] =
        GraphInstruments.metricFamilies + LLMInstruments.metricFamilies + ProjectMetrics.metricFamilies
        + StoreInstruments.metricFamilies + RenderAgent.metricFamilies + RunTelemetry.metricFamilies
}
