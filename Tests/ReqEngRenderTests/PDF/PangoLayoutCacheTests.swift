import CPangoCairo
import ReqEngModel
import Testing

@testable import ReqEngRender

/// The shaped layouts a font session keeps for identical text boxes, within a render and across renders.
@Suite("Pango layout cache")
struct PangoLayoutCacheTests {
    @Test("identical boxes share one shaped layout, measured and painted")
    func identicalBoxesShareLayout() {
        let session = PangoFontSession()
        let engine = PangoTextEngine(family: "DejaVu Sans", session: session)
        let runs = [PDFTextRun("Must")]
        let first = engine.measure(runs, style: .tableCell, width: 80)
        let second = engine.measure(runs, style: .tableCell, width: 80)
        #expect(first.height == second.height)
        #expect(session.layouts.count == 1)
        _ = engine.measure(runs, style: .tableCell, width: 90)
        _ = engine.measure(runs, style: .tableHeader, width: 80)
        #expect(session.layouts.count == 3)
        let cached = session.layouts.layout(for: engine.key(runs, style: .tableCell, width: 80, alignment: .left))
        let painted = engine.takeLayout(runs, style: .tableCell, width: 80, alignment: .left)
        #expect(painted != nil && painted == cached)
        // The painter's reference is its own: releasing it leaves the cached layout usable.
        if let painted { g_object_unref(UnsafeMutableRawPointer(painted)) }
        #expect(engine.measure(runs, style: .tableCell, width: 80).height == first.height)
    }

    @Test("a layout's measure is kept with it and is the one Pango gives a fresh layout")
    func measureIsKept() {
        let session = PangoFontSession()
        let engine = PangoTextEngine(family: "DejaVu Sans", session: session)
        let runs = [PDFTextRun(String(repeating: "wrapping text ", count: 20)), PDFTextRun("in bold", .bold)]
        let fresh = PangoTextEngine(family: "DejaVu Sans", session: PangoFontSession())
            .measure(runs, style: .body, width: 120)
        #expect(fresh.lines.count > 1)
        // Painted before it is measured (a running header): the entry has no measure yet.
        if let painted = engine.takeLayout(runs, style: .body, width: 120, alignment: .left) {
            g_object_unref(UnsafeMutableRawPointer(painted))
        }
        let key = engine.key(runs, style: .body, width: 120, alignment: .left)
        #expect(session.layouts.entry(for: key)?.measure == nil)
        for _ in 0..<2 {
            let measure = engine.measure(runs, style: .body, width: 120)
            #expect(measure.height == fresh.height)
            #expect(measure.lines.map(\.start) == fresh.lines.map(\.start))
            #expect(measure.lines.map(\.bottom) == fresh.lines.map(\.bottom))
            #expect(session.layouts.entry(for: key)?.measure != nil)
        }
        #expect(session.layouts.count == 1)
    }

    @Test("between renders a session keeps only the most recently used layouts")
    func trimKeepsRecent() {
        let pool = PangoFontSession.Pool()
        let session = pool.checkOut()
        let engine = PangoTextEngine(family: "DejaVu Sans", session: session)
        let limit = PangoLayoutCache.keptLimit
        for index in 0...limit { _ = engine.naturalWidth([PDFTextRun("cell \(index)")], style: .tableCell) }
        _ = engine.naturalWidth([PDFTextRun("cell 0")], style: .tableCell)
        #expect(session.layouts.count == limit + 1)
        pool.checkIn(session)
        #expect(session.layouts.count == limit)
        let recent = engine.key([PDFTextRun("cell 0")], style: .tableCell, width: 100_000, alignment: .left)
        let oldest = engine.key([PDFTextRun("cell 1")], style: .tableCell, width: 100_000, alignment: .left)
        #expect(session.layouts.layout(for: recent) != nil)
        #expect(session.layouts.layout(for: oldest) == nil)
    }

    @Test("a document drawn with layouts kept from other documents gives the bytes of a fresh session")
    func keptLayoutsDrawTheSameBytes() throws {
        let renderer = PDFRenderer()
        let fresh = try renderer.render(PDFFixtures.large(30), session: PangoFontSession())
        let pool = PangoFontSession.Pool()
        let session = pool.checkOut()
        _ = try renderer.render(PDFFixtures.large(200), session: session)
        pool.checkIn(session)
        #expect(session.layouts.count > 0)
        let reused = pool.checkOut()
        #expect(reused === session)
        #expect(try renderer.render(PDFFixtures.large(30), session: reused) == fresh)
    }
}
