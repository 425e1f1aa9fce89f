import Foundation
import ReqEngModel
import ReqEngRender

/// Renders real Requirements Documents (the `rd/*.json` of a run) with each renderer, so a change to a
/// renderer is measured on what runs produce rather than on the synthetic document alone.
///
/// Times are the process's CPU time (user + system) per pass over all documents, the median of the
/// runs: the build machine is shared, and wall time measures the neighbours as much as the code.
enum DocumentsBenchmark {
    static func run(directory: String, runs: Int) {
        let documents: [RequirementsDocument]
        do {
            documents = try load(directory)
        } catch {
            print("error: \(error)")
            return
        }
        guard !documents.isEmpty else {
            print("error: no *.json Requirements Document in \(directory)")
            return
        }
        let markdown: MarkdownDocumentRenderer
        do {
            markdown = try MarkdownDocumentRenderer()
        } catch {
            print("error: \(error)")
            return
        }
        let pdf = PDFRenderer()
        // One pass first, so the font sessions and their kept layouts are as in a long run.
        for document in documents { _ = try? pdf.render(document) }
        let passes: [(String, (RequirementsDocument) -> Int)] = [
            ("PDF", { (try? pdf.render($0).count) ?? 0 }),
            ("  of which layout", { pdf.layout($0).pages.count }),
            ("Markdown", { (try? markdown.render($0).count) ?? 0 }),
            ("JSON", { (try? JSONDocumentRenderer().render($0).count) ?? 0 }),
        ]
        print("reqeng-bench documents: \(documents.count) documents, CPU seconds per pass, median of \(runs) runs")
        for (name, body) in passes {
            var times: [Double] = []
            var bytes = 0
            for _ in 0..<runs {
                let start = cpuSeconds()
                bytes = documents.reduce(0) { $0 + body($1) }
                times.append(cpuSeconds() - start)
            }
            times.sort()
            let median = times[times.count / 2]
            let padding = String(repeating: " ", count: max(20 - name.count, 0))
            print("\(name)\(padding) \(String(format: "%.4f", median)) s  (\(bytes) bytes or pages)")
        }
    }

    private static func load(_ directory: String) throws -> [RequirementsDocument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
        let decoder = JSONDecoder()
        return try names.sorted().map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
            return try decoder.decode(RequirementsDocument.self, from: data)
        }
    }

    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
