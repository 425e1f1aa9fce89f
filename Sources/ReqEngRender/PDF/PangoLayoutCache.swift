import CPangoCairo

/// Shaped Pango layouts of one ``PangoFontSession``, by everything that makes two layouts identical,
/// kept from one text box to the next and from one render to the next.
///
/// An RD repeats most of its text: cell values (`Must`, `Functional`, `session-1`), table headers,
/// rule names, the suggestion of each kind of finding, the footer. Of the 43,577 text boxes of the
/// 20 RDs of the benchmark corpus only 5,799 texts differ, and shaping (HarfBuzz, line breaking) is
/// most of what measuring a box costs; a box whose layout is here is neither shaped nor broken into
/// lines again, when measured or when painted. A layout depends only on its key and on the session's
/// font map and context, which never change, and drawing does not modify it, so a cached layout
/// draws the bytes a new one would.
///
/// Not thread-safe: it belongs to its session, which one render uses at a time.
final class PangoLayoutCache {
    /// What makes two layouts identical.
    ///
    /// Its hash is computed once, when it is made: a key is hashed again each time the table
    /// grows and when ``trim()`` rebuilds it, and hashing all the text of a box each time cost as
    /// much as the trim saved.
    struct Key: Hashable {
        let runs: [PDFTextRun]
        let style: PDFTextStyle
        let width: Double
        let alignment: PDFAlignment
        let family: String
        private let contentHash: Int

        init(runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment, family: String) {
            self.runs = runs
            self.style = style
            self.width = width
            self.alignment = alignment
            self.family = family
            var hasher = Hasher()
            hasher.combine(runs)
            hasher.combine(style)
            hasher.combine(width)
            hasher.combine(alignment)
            hasher.combine(family)
            contentHash = hasher.finalize()
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.contentHash == rhs.contentHash && lhs.runs == rhs.runs && lhs.style == rhs.style
                && lhs.width == rhs.width && lhs.alignment == rhs.alignment && lhs.family == rhs.family
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(contentHash)
        }
    }

    /// A cached layout; a class, so a lookup stamps it without hashing its key a second time.
    final class Entry {
        let layout: OpaquePointer
        /// When it was last asked for, in lookups of this cache; the most recent ones are kept.
        fileprivate(set) var lastUse: UInt64
        /// The layout's height and line starts, once a box of it was measured: most boxes are
        /// measured more than once (a table row to keep with its header, then to place it; the
        /// contents in a trial run, then for good; the same cell in many rows), and reading them
        /// from Pango again walks every line of the layout.
        var measure: PangoTextEngine.Measure?

        init(layout: OpaquePointer, lastUse: UInt64) {
            self.layout = layout
            self.lastUse = lastUse
        }
    }

    /// Layouts held at most while a render runs (about 2 KiB each, so a huge document stays in
    /// bounded memory); a box beyond it gets a layout of its own, shaped when measured and again
    /// when painted.
    static let renderLimit = 20_000
    /// Layouts kept from one render to the next: the most recently used ones.
    static let keptLimit = 4_096

    private var entries: [Key: Entry] = [:]
    private var uses: UInt64 = 0

    deinit {
        for entry in entries.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
    }

    /// How many layouts are cached (for tests).
    var count: Int { entries.count }

    /// The cached layout of `key`, still owned by the cache.
    func layout(for key: Key) -> OpaquePointer? {
        entry(for: key)?.layout
    }

    /// The entry of `key`, its layout still owned by the cache.
    func entry(for key: Key) -> Entry? {
        guard let entry = entries[key] else { return nil }
        uses += 1
        entry.lastUse = uses
        return entry
    }

    /// Takes over `layout` (one reference) as the layout of `key`, replacing any other, and returns
    /// its entry; `nil`, the caller keeping its reference, when the cache is full.
    @discardableResult
    func insert(_ layout: OpaquePointer, for key: Key) -> Entry? {
        guard entries.count < Self.renderLimit else { return nil }
        uses += 1
        let entry = Entry(layout: layout, lastUse: uses)
        if let replaced = entries.updateValue(entry, forKey: key) {
            g_object_unref(UnsafeMutableRawPointer(replaced.layout))
        }
        return entry
    }

    /// Drops all but the ``keptLimit`` most recently used layouts; called between renders.
    func trim() {
        guard entries.count > Self.keptLimit else { return }
        // Every lookup and insert counts one use, so no two entries share a last use: the
        // `keptLimit`-th most recent one is a threshold that keeps exactly the most recent layouts.
        // Sorting the bare counts, rather than the entries with their keys, is what makes it cheap.
        let threshold = entries.values.map(\.lastUse).sorted(by: >)[Self.keptLimit - 1]
        // A render adds a few hundred layouts to the thousands kept: removing those in place costs
        // what they are, where filtering into a new table re-inserted every kept entry, and the
        // table keeps its capacity, so the next render's layouts do not grow (and rehash) it again.
        let dropped = entries.compactMap { key, entry in entry.lastUse < threshold ? key : nil }
        for key in dropped {
            if let entry = entries.removeValue(forKey: key) { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        }
    }
}
