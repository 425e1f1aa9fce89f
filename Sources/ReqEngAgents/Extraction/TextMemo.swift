import Synchronization

/// Results of a pure function of a text, kept for the readers that ask again: the agents clean,
/// tokenise and test the same sentences many times over (a sentence is cleaned once to look for a
/// list of named needs and again to read it as one need; a statement's negation is asked by the
/// writer, the merger and the settling passes). Computing is far dearer than looking up. Emptied
/// when full, so memory stays flat however many transcripts a run reads (as ``SentenceSplitter``'s
/// table is).
final class TextMemo<Value: Sendable>: Sendable {
    private let known = Mutex<[Key: Value]>([:])
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// What `compute` gives for `text`, computed only when the table does not hold it.
    func value(for text: String, _ compute: (String) -> Value) -> Value {
        if let value = known.withLock({ $0[Key(text: text)] }) { return value }
        let value = compute(text)
        known.withLock { known in
            if known.count >= limit { known.removeAll(keepingCapacity: true) }
            known[Key(text: text)] = value
        }
        return value
    }

    /// A text compared byte for byte. `String` equality is canonical equivalence, under which the
    /// two spellings of "é" (one scalar, or "e" and a combining accent) would share an entry, yet the
    /// readers may treat them differently. Equal bytes hash alike, so `String`'s hash serves.
    private struct Key: Hashable {
        let text: String

        static func == (lhs: Key, rhs: Key) -> Bool {
            // On the contiguous bytes: walking two `UTF8View`s index by index cost as much as the
            // lookup saved for short texts.
            var (left, right) = (lhs.text, rhs.text)
            return left.withUTF8 { left in right.withUTF8 { right in left.elementsEqual(right) } }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(text) }
    }
}
