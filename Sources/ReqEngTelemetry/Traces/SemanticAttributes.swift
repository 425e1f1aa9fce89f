import OTelSemanticConventions

/// The OpenTelemetry semantic-convention attribute names reqeng writes on spans, resources and
/// metric labels, taken from swift-otel-semantic-conventions instead of spelled by hand.
///
/// Release 1.44.0 of that package marks every `gen_ai.*` name deprecated: not because the names
/// changed (`gen_ai.provider.name` is the current one, replacing `gen_ai.system`), but because the
/// GenAI conventions moved to a repository of their own. Reading them here, once, keeps those
/// warnings in this file; the rest of reqeng uses these constants.
package enum SemanticAttributes {
    package static let sessionID = OTelAttribute.session.id
    package static let serviceName = OTelAttribute.service.name
    package static let serviceVersion = OTelAttribute.service.version
    package static let serviceInstanceID = OTelAttribute.service.instance.id
    package static let serverAddress = OTelAttribute.server.address
    package static let serverPort = OTelAttribute.server.port
    package static let errorType = OTelAttribute.error.type

    /// `gen_ai.*`: the GenAI client and agent spans.
    package enum GenAI {
        package static let providerName = OTelAttribute.genAi.provider.name
        package static let operationName = OTelAttribute.genAi.operation.name
        package static let requestModel = OTelAttribute.genAi.request.model
        package static let responseModel = OTelAttribute.genAi.response.model
        package static let responseFinishReasons = OTelAttribute.genAi.response.finishReasons
        package static let inputTokens = OTelAttribute.genAi.usage.inputTokens
        package static let outputTokens = OTelAttribute.genAi.usage.outputTokens
        package static let tokenType = OTelAttribute.genAi.token.type
        package static let agentName = OTelAttribute.genAi.agent.name
        package static let conversationID = OTelAttribute.genAi.conversation.id
    }
}
