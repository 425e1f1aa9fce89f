import ReqEngModel
import ReqEngRender

/// Benchmarks of the renderers.
///
///     reqeng-bench pdf [--requirements N] [--runs K]     PDF pages per second against raw Cairo + Pango
///     reqeng-bench sample OUT.pdf [--requirements N] [--letter]   writes one synthetic PDF to look at
///     reqeng-bench documents RD_DIR [--runs K]          CPU time of each renderer on a run's rd/*.json
@main
struct ReqEngBench {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let count = option("--requirements", in: arguments) ?? 2_000
        let runs = max(option("--runs", in: arguments) ?? 5, 1)
        switch arguments.first {
        case "pdf":
            benchmarkPDF(requirements: count, runs: runs)
        case "documents" where arguments.count >= 2:
            DocumentsBenchmark.run(directory: arguments[1], runs: runs)
        case "sample" where arguments.count >= 2:
            let paper: PDFOptions.Paper = arguments.contains("--letter") ? .letter : .a4
            let document = SyntheticDocument.make(requirements: option("--requirements", in: arguments) ?? 40)
            do {
                let bytes = try PDFRenderer(options: PDFOptions(paper: paper)).render(document)
                try FileOutput.write(bytes, to: arguments[1])
                print("wrote \(arguments[1]) (\(bytes.count) bytes)")
            } catch {
                print("error: \(error)")
            }
        default:
            print(
                "usage: reqeng-bench pdf [--requirements N] [--runs K] | sample OUT.pdf [--requirements N] [--letter]"
                    + " | documents RD_DIR [--runs K]")
        }
    }

    private static func option(_ name: String, in arguments: [String]) -> Int? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return Int(arguments[index + 1])
    }

    static func benchmarkPDF(requirements count: Int, runs: Int) {
        let document = SyntheticDocument.make(requirements: count)
        let renderer = PDFRenderer()
        let clock = ContinuousClock()
        let layout = renderer.layout(document)
        let pageTexts = layout.pages.map { page in
            page.boxes.compactMap { box -> String? in
                if case .text(let text) = box { return text.text }
                return nil
            }.joined(separator: " ")
        }
        var ours: [Double] = []
        var layoutOnly: [Double] = []
        var raw: [Double] = []
        var ourBytes = 0
        var rawResult = (pages: 0, bytes: 0)
        for _ in 0..<runs {
            let start = clock.now
            ourBytes = (try? renderer.render(document).count) ?? 0
            ours.append(seconds(clock.now - start))
            let layoutStart = clock.now
            _ = renderer.layout(document)
            layoutOnly.append(seconds(clock.now - layoutStart))
            let rawStart = clock.now
            rawResult = RawPangoBaseline.render(pageTexts)
            raw.append(seconds(clock.now - rawStart))
        }
        let oursMedian = median(ours)
        let rawMedian = median(raw)
        let ourRate = Double(layout.pages.count) / oursMedian
        let rawRate = Double(rawResult.pages) / rawMedian
        print("reqeng-bench pdf: \(count) requirements, A4, median of \(runs) runs")
        print(row("", "pages", "seconds", "pages/s", "MiB"))
        print(
            row(
                "reqeng PDFRenderer", "\(layout.pages.count)", fixed(oursMedian, 3), fixed(ourRate, 1),
                fixed(Double(ourBytes) / 1_048_576, 2)))
        print(row("  of which layout", "", fixed(median(layoutOnly), 3), "", ""))
        print(
            row(
                "raw Cairo + Pango", "\(rawResult.pages)", fixed(rawMedian, 3), fixed(rawRate, 1),
                fixed(Double(rawResult.bytes) / 1_048_576, 2)))
        print("ratio pages/s (reqeng / raw): \(fixed(ourRate / rawRate, 2))")
        print("ratio time for the same text (reqeng / raw): \(fixed(oursMedian / rawMedian, 2))")
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    private static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        return decimals == 0
            ? "\(whole)" : "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    private static func row(_ columns: String...) -> String {
        let widths = [20, 7, 9, 9, 7]
        return zip(columns, widths).enumerated().map { index, pair in
            let padding = String(repeating: " ", count: max(pair.1 - pair.0.count, 0))
            return index == 0 ? pair.0 + padding : padding + pair.0
        }.joined(separator: " ")
    }
}
