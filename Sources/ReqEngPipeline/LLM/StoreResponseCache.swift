import Logging
import ReqEngLLM
import ReqEngStore

/// The LLM response cache in the run store (`llm_cache`): a store error costs a request, never the run.
package struct StoreResponseCache: ResponseCache {
    package var store: RunStore
    package var logger: Logger

    package init(store: RunStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    package func cachedResponse(forKey key: String) async -> String? {
        do {
            return try store.cachedLLMResponse(key: key)
        } catch {
            logger.warning(
                "llm cache unreadable", metadata: ["event_type": "llm_cache_error", "error_message": "\(error)"])
            return nil
        }
    }

    package func storeResponse(_ content: String, forKey key: String, model: String) async {
        do {
            try store.cacheLLMResponse(key: key, model: model, content: content)
        } catch {
            logger.warning(
                "llm cache unwritable", metadata: ["event_type": "llm_cache_error", "error_message": "\(error)"])
        }
    }
}
