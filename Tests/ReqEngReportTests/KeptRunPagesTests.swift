import Foundation
import ReqEngBase
import ReqEngPipeline
import ReqEngReport
import ReqEngStore
import Testing

@Suite("Earlier run pages are kept until something they show changes")
struct KeptRunPagesTests {
    private static let first = "20261127T044500Z-aaaaaa"
    private static let second = "20261127T054500Z-bbbbbb"
    private static let third = "20261127T064500Z-cccccc"
    /// A modification date no write of these tests can give a file.
    private static let stamp = Date(timeIntervalSince1970: 1_000_000_000)

    /// Two runs with their reports written, the earlier pages stamped with ``stamp``, then a third
    /// run recorded (not yet reported).
    private func threeRuns() async throws -> (directory: String, store: RunStore) {
        let directory = try RunCorpus.temporaryDirectory()
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try RunCorpus.record(recorder, id: Self.first, start: 1_800_000_000, scale: 1)
        try RunCorpus.record(recorder, id: Self.second, start: 1_800_003_600, scale: 2)
        _ = try await ReportWriter().writeReports(
            store: recorder.store, layout: OutputLayout(root: directory), templates: RunCorpus.templates)
        for run in [Self.first, Self.second] {
            try FileManager.default.setAttributes(
                [.modificationDate: Self.stamp], ofItemAtPath: path(directory, OutputLayout.runPage(runID: run)))
        }
        try RunCorpus.record(recorder, id: Self.third, start: 1_800_007_200, scale: 1)
        return (directory, recorder.store)
    }

    private func path(_ directory: String, _ relative: String) -> String {
        (directory as NSString).appendingPathComponent(relative)
    }

    private func bytes(_ directory: String, _ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(directory, relative)))
    }

    private func modified(_ directory: String, _ relative: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: path(directory, relative))[.modificationDate] as? Date
    }

    @Test("a rerun renders only its own page, leaves earlier ones untouched and lists every run as before")
    func rerunKeepsEarlierPages() async throws {
        let (directory, store) = try await threeRuns()
        let layout = OutputLayout(root: directory)
        let earlier = try [Self.first, Self.second].map { try bytes(directory, OutputLayout.runPage(runID: $0)) }
        let outcome = try await ReportWriter().writeReports(
            store: store, layout: layout, templates: RunCorpus.templates)
        #expect(outcome.pages == [OutputLayout.runPage(runID: Self.third), OutputLayout.reportIndex])
        #expect(outcome.keptPages == [Self.second, Self.first].map { OutputLayout.runPage(runID: $0) })
        for (run, before) in zip([Self.first, Self.second], earlier) {
            #expect(try modified(directory, OutputLayout.runPage(runID: run)) == Self.stamp, "not written again")
            #expect(try bytes(directory, OutputLayout.runPage(runID: run)) == before)
        }
        let keptIndex = try bytes(directory, OutputLayout.reportIndex)
        let keptNewest = try bytes(directory, OutputLayout.runPage(runID: Self.third))

        // Everything rendered again from the store gives the same bytes: what was kept is what would be written.
        let full = try await ReportWriter().writeReports(
            store: store, layout: layout, templates: RunCorpus.templates, keepingPages: false)
        #expect(full.keptPages.isEmpty)
        #expect(full.pages.count == 4)
        #expect(try bytes(directory, OutputLayout.reportIndex) == keptIndex)
        #expect(try bytes(directory, OutputLayout.runPage(runID: Self.third)) == keptNewest)
        for (run, before) in zip([Self.first, Self.second], earlier) {
            #expect(try bytes(directory, OutputLayout.runPage(runID: run)) == before)
        }
        let index = String(decoding: keptIndex, as: UTF8.self)
        for run in [Self.first, Self.second, Self.third] {
            #expect(index.contains("href=\"runs/\(run).html\""))
        }
    }

    @Test("other templates re-render every earlier page")
    func templatesChange() async throws {
        let (directory, store) = try await threeRuns()
        var files = RunCorpus.templates.files
        files["unused-partial.mustache"] = Data("nothing".utf8)
        let outcome = try await ReportWriter().writeReports(
            store: store, layout: OutputLayout(root: directory),
            templates: ResourceFiles(origin: "test", files: files))
        #expect(outcome.keptPages.isEmpty)
        #expect(outcome.pages.count == 4)
        #expect(try modified(directory, OutputLayout.runPage(runID: Self.first)) != Self.stamp)
    }

    @Test("another tool version re-renders every earlier page")
    func toolVersionChange() async throws {
        let (directory, store) = try await threeRuns()
        let outcome = try await ReportWriter(toolVersion: "99.0.0").writeReports(
            store: store, layout: OutputLayout(root: directory), templates: RunCorpus.templates)
        #expect(outcome.keptPages.isEmpty)
        #expect(try modified(directory, OutputLayout.runPage(runID: Self.second)) != Self.stamp)
    }

    @Test("a deleted page is rendered again, the other one is kept")
    func deletedPage() async throws {
        let (directory, store) = try await threeRuns()
        let page = OutputLayout.runPage(runID: Self.first)
        let before = try bytes(directory, page)
        try FileManager.default.removeItem(atPath: path(directory, page))
        let outcome = try await ReportWriter().writeReports(
            store: store, layout: OutputLayout(root: directory), templates: RunCorpus.templates)
        #expect(outcome.pages.contains(page))
        #expect(outcome.keptPages == [OutputLayout.runPage(runID: Self.second)])
        #expect(try bytes(directory, page) == before)
    }

    @Test("a run whose record changed after its page was written gets its page rendered again")
    func changedRecord() async throws {
        let (directory, store) = try await threeRuns()
        let manifestPath = path(directory, OutputLayout.runPagesManifest)
        let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        // Stands for a run finished (or marked interrupted) after its page was written.
        #expect(manifest.contains("\"record\""))
        let tampered = manifest.replacingOccurrences(
            of: "\"record\":\"", with: "\"record\":\"0", options: [], range: manifest.range(of: "\"record\":\""))
        try tampered.write(toFile: manifestPath, atomically: true, encoding: .utf8)
        let outcome = try await ReportWriter().writeReports(
            store: store, layout: OutputLayout(root: directory), templates: RunCorpus.templates)
        #expect(outcome.keptPages.count == 1)
        #expect(outcome.pages.count == 3)
    }
}
