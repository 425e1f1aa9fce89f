import Foundation
import ReqEngBase
import Testing

/// Atomic replacement of output files, and the layout's names.
@Suite("Output files")
struct OutputFilesTests {
    @Test func atomicWriteReplacesTheFileAndLeavesNoTemporary() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("metrics.prom").path
        try AtomicFile.write(Data("old\n".utf8), to: path)
        try AtomicFile.write(Data("new\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["metrics.prom"])
        #expect(throws: WriteError.self) {
            try AtomicFile.write(Data(), to: directory.appendingPathComponent("missing/metrics.prom").path)
        }
    }

    @Test("The layout spells the output contract of DESIGN.md §5")
    func layout() {
        let layout = OutputLayout(root: "out")
        #expect(OutputLayout.documentPath(project: "clinic", fileExtension: "pdf") == "rd/clinic.pdf")
        #expect(OutputLayout.runPage(runID: "20261127T044500Z-1a2b3c") == "reports/runs/20261127T044500Z-1a2b3c.html")
        #expect(layout.store == "out/reqeng.sqlite")
        #expect(layout.lockFile == "out/.reqeng.lock")
        #expect(layout.metricsTextPath == "out/metrics/metrics.prom")
        #expect(layout.metricsJSONPath == "out/metrics/metrics.json")
        #expect(layout.tracesPath(runID: "r") == "out/traces/r.otlp.jsonl")
        #expect(layout.logPath(runID: "r") == "out/logs/r.jsonl")
        #expect(OutputLayout.reportIndex == "reports/index.html")
    }
}
