import Foundation
import GRDB

/// The language-model response cache (table `llm_cache`).
extension RunStore {
    /// The cached answer for `key`, if any.
    package func cachedLLMResponse(key: String) throws(StoreError) -> String? {
        try read("llm_cache") { db in
            try String.fetchOne(db, sql: "SELECT content FROM llm_cache WHERE key = ?", arguments: [key])
        }
    }

    /// Keeps `content` under `key` (replacing an older answer for the same key).
    package func cacheLLMResponse(
        key: String, model: String, content: String, at date: Date = Date()
    ) throws(StoreError) {
        try write("llm_cache") { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO llm_cache (key, model, content, created_at) VALUES (?, ?, ?, ?)",
                arguments: [key, model, content, date])
        }
    }

    /// Number of cached answers.
    package func llmCacheCount() throws(StoreError) -> Int {
        try read("llm_cache") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM llm_cache") ?? 0 }
    }
}
