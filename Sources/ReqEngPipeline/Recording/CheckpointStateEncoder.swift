import Foundation
import Synchronization

/// Encodes the graph state of one project after each node as JSON with sorted keys, encoding again
/// only the top-level fields that changed since the previous node's state.
///
/// A node changes one or two fields of the state (extraction the requirements, validation the
/// findings, synthesis the document), yet every checkpoint encoded the whole state: a twentieth of
/// a run's CPU time. Here each top-level field is encoded on its own with the same `JSONEncoder`
/// and kept with its value; a field equal to the kept value reuses the kept bytes, and the object is
/// joined in sorted key order. Equal values encode to the same bytes (the state's types compare
/// and encode every stored property); the one exception, `-0.0 == 0.0`, decodes to equal values.
/// A value whose top level is not a keyed container of hashable fields is encoded whole.
///
/// The bytes are those `JSONEncoder` with `.sortedKeys` writes for the whole value (tested).
final class CheckpointStateEncoder: Sendable {
    /// A field's value and its JSON. `@unchecked`: the values come from a `Sendable` state and are
    /// only compared, never changed.
    private struct Field: @unchecked Sendable {
        var value: AnyHashable
        var json: Data
    }

    private let kept = Mutex<[String: Field]>([:])

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// The JSON of `value`.
    func encode<T: Encodable>(_ value: T) throws -> Data {
        let previous = kept.withLock { $0 }
        let collector = FieldCollector(previous: previous)
        try value.encode(to: collector)
        guard collector.isComplete else {
            kept.withLock { $0 = [:] }
            return try Self.encoder.encode(value)
        }
        var json = Data("{".utf8)
        for (index, key) in collector.fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            .enumerated()
        {
            guard let field = collector.fields[key] else { continue }
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(try Self.encoder.encode(key))
            json.append(UInt8(ascii: ":"))
            json.append(field.json)
        }
        json.append(UInt8(ascii: "}"))
        kept.withLock { $0 = collector.fields }
        return json
    }

    /// The encoder handed to the value: records each field of its top-level keyed container, and
    /// notes anything else (a nested container, a super encoder, an unkeyed or single value top
    /// level), after which the caller encodes the value whole.
    private final class FieldCollector: Encoder {
        let codingPath: [any CodingKey] = []
        let userInfo: [CodingUserInfoKey: Any] = [:]
        let previous: [String: Field]
        var fields: [String: Field] = [:]
        private var keyed = false
        private var unsupported = false

        init(previous: [String: Field]) {
            self.previous = previous
        }

        var isComplete: Bool { keyed && !unsupported }

        func add<T: Encodable>(_ value: T, forKey key: String) throws {
            guard let hashable = value as? any Hashable else {
                unsupported = true
                return
            }
            let boxed = AnyHashable(hashable)
            if let field = previous[key], field.value == boxed {
                fields[key] = field
            } else {
                fields[key] = Field(value: boxed, json: try CheckpointStateEncoder.encoder.encode(value))
            }
        }

        func addNull(forKey key: String) {
            fields[key] = Field(value: AnyHashable(Optional<Int>.none), json: Data("null".utf8))
        }

        func markUnsupported() -> Discarding {
            unsupported = true
            return Discarding()
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if keyed { unsupported = true }
            keyed = true
            return KeyedEncodingContainer(Container<Key>(collector: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer { markUnsupported() }

        func singleValueContainer() -> any SingleValueEncodingContainer { markUnsupported() }
    }

    private struct Container<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let collector: FieldCollector
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { collector.addNull(forKey: key.stringValue) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try collector.add(value, forKey: key.stringValue)
        }

        mutating func nestedContainer<Nested: CodingKey>(
            keyedBy keyType: Nested.Type, forKey key: Key
        ) -> KeyedEncodingContainer<Nested> {
            collector.markUnsupported().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            collector.markUnsupported()
        }

        mutating func superEncoder() -> any Encoder { collector.markUnsupported() }

        mutating func superEncoder(forKey key: Key) -> any Encoder { collector.markUnsupported() }
    }

    /// Takes whatever an unsupported shape writes and drops it; the value is then encoded whole.
    private struct Discarding: Encoder, UnkeyedEncodingContainer, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var count: Int { 0 }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(DiscardingKeyed<Key>())
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer { self }
        func singleValueContainer() -> any SingleValueEncodingContainer { self }
        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {}

        mutating func nestedContainer<Nested: CodingKey>(keyedBy keyType: Nested.Type) -> KeyedEncodingContainer<Nested>
        {
            KeyedEncodingContainer(DiscardingKeyed<Nested>())
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { self }
    }

    private struct DiscardingKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) throws {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {}

        mutating func nestedContainer<Nested: CodingKey>(
            keyedBy keyType: Nested.Type, forKey key: Key
        ) -> KeyedEncodingContainer<Nested> {
            KeyedEncodingContainer(DiscardingKeyed<Nested>())
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Discarding() }
        mutating func superEncoder() -> any Encoder { Discarding() }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Discarding() }
    }
}
