import Foundation
import ReqEngBase
import ReqEngPipeline
import ReqEngReport
import ReqEngStore
import Testing

/// The report tells how the run ended before anything else: whole runs of the pipeline over small
/// folders, recorded in the store, then the pages read back as HTML.
@Suite("The report tells the truth first")
struct RunStatusReportTests {
    /// A file name built to break out of HTML, as a file system allows it.
    static let hostileName = "<img src=x onerror=alert(1)>&\"'.json"

    /// The exit codes of DESIGN.md §2, as the executable maps them.
    static func exitCode(_ status: RunStatus) -> Int32 {
        switch status {
        case .succeeded: 0
        case .alertsFired: 1
        case .partial: 2
        case .nothingUsable: 65
        case .failed(let category):
            switch category {
            case .noInput: 66
            case .badData: 65
            case .temporary: 75
            case .cannotWrite: 73
            case .badConfiguration: 78
            case .usage: 64
            case .internalFailure: 70
            }
        case .interrupted(let signal): 128 + signal
        }
    }

    /// Runs the pipeline over `inputs` into `output`, quietly.
    static func run(
        _ inputs: [String], output: String, traceURL: TraceURLTemplate? = nil, failOn: FailOnLevel = .never,
        alertRules: [AlertRule] = AlertRule.catalog,
        openAI: (@Sendable () throws(PipelineError) -> OpenAIEngineSettings)? = nil
    ) async -> RunOutcome {
        var pipeline = RunPipeline(
            configuration: BatchConfiguration(
                inputs: inputs, output: output, formats: [.markdown, .json], templates: RunCorpus.templates,
                sourceDateEpoch: 1_767_225_600),
            userID: "test", logLevel: .critical, failOn: failOn, openAI: openAI, exitCode: { exitCode($0) })
        pipeline.traceURL = traceURL
        pipeline.alertEvaluator = AlertEvaluator(rules: alertRules)
        pipeline.progress = RecordingProgress()
        pipeline.say = { _ in }
        return await pipeline.run()
    }

    /// A folder with one good project and one project whose only file is malformed JSON with a
    /// hostile name.
    static func mixedInputs() throws -> String {
        let root = try RunCorpus.temporaryDirectory()
        let good = (root as NSString).appendingPathComponent("good")
        let broken = (root as NSString).appendingPathComponent("broken")
        try FileManager.default.createDirectory(atPath: good, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
        try "Ana: Patients must be able to book an appointment online.\nTom: Bookings must close two hours before.\n"
            .write(toFile: good + "/interview.txt", atomically: true, encoding: .utf8)
        try #"{"turns": [{"speaker": "Ana", "text": "The system must"#
            .write(toFile: broken + "/" + hostileName, atomically: true, encoding: .utf8)
        return root
    }

    static func page(_ output: String, run runID: String?) throws -> String {
        let id = try #require(runID)
        return try String(
            contentsOfFile: (output as NSString).appendingPathComponent(OutputLayout.runPage(runID: id)),
            encoding: .utf8)
    }

    static func index(_ output: String) throws -> String {
        try String(
            contentsOfFile: (output as NSString).appendingPathComponent(OutputLayout.reportIndex), encoding: .utf8)
    }

    /// Where `needle` starts in `html`, for ordering checks.
    static func offset(of needle: String, in html: String) throws -> Int {
        let range = try #require(html.range(of: needle), "\(needle) is not on the page")
        return html.distance(from: html.startIndex, to: range.lowerBound)
    }

    @Test("exit 2: red banner with the failed file and why, input errors before the numbers, no green all-clear")
    func partialRun() async throws {
        let inputs = try Self.mixedInputs()
        let output = try RunCorpus.temporaryDirectory()
        let outcome = await Self.run([inputs], output: output)
        #expect(Self.exitCode(outcome.status) == 2)

        let store = try RunStore.existing(inOutputDirectory: output)
        let runID = try #require(outcome.runID)
        let run = try #require(try store.run(id: runID))
        #expect(run.status == "finished")
        #expect(run.exitCode == 2)
        #expect(run.outcome == "finished with input errors")
        let reason = try #require(run.reasons?.first)
        #expect(reason.hasPrefix("broken/" + Self.hostileName + ": "), "\(reason)")

        let html = try Self.page(output, run: outcome.runID)
        #expect(
            html.contains(
                "<div class=\"banner status failed\" role=\"status\"><strong>Exit status 2: finished with input errors</strong>"
            ))
        #expect(html.contains("<li>broken/&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;.json: "))
        #expect(!html.contains("banner quiet"), "a failed run is shown a green all-clear")
        #expect(!html.contains("banner status ok"))
        #expect(html.contains("No alert rule fires on this run, but the run did not succeed"))
        let banner = try Self.offset(of: "banner status failed", in: html)
        let inputErrors = try Self.offset(of: "<h2 id=\"input-errors\">Input errors</h2>", in: html)
        let failedFile = try Self.offset(of: "<td>malformed_json</td>", in: html)
        for section in ["<h2>Summary</h2>", "<h2 id=\"alerts\">Alerts</h2>", "<h2>Agents</h2>", "<h2>LLM calls</h2>"] {
            #expect(try inputErrors < Self.offset(of: section, in: html), "input errors after \(section)")
            #expect(try failedFile < Self.offset(of: section, in: html), "the failed file after \(section)")
        }
        #expect(banner < inputErrors)
        #expect(!html.contains("<img"))

        let index = try Self.index(output)
        #expect(index.contains("<strong>Exit status 2: finished with input errors</strong>"))
        #expect(index.contains("<span class=\"badge failed\">2</span></td><td>finished with input errors</td>"))
        #expect(index.contains("1 input file(s) failed: see the run page"))
    }

    @Test("exit 66: the run says failed, and why")
    func noInputRun() async throws {
        // A folder that exists but holds no transcript: a noTranscripts one creates no output at all.
        let output = try RunCorpus.temporaryDirectory()
        let empty = try RunCorpus.temporaryDirectory()
        let noTranscripts = (empty as NSString).appendingPathComponent("no-transcripts-here")
        try FileManager.default.createDirectory(atPath: noTranscripts, withIntermediateDirectories: true)
        let outcome = await Self.run([noTranscripts], output: output)
        #expect(Self.exitCode(outcome.status) == 66)

        let store = try RunStore.existing(inOutputDirectory: output)
        let runID = try #require(outcome.runID)
        let run = try #require(try store.run(id: runID))
        #expect(run.status == "failed")
        #expect(run.exitCode == 66)
        #expect(run.outcome == "failed: no input")
        let reason = try #require(run.reasons?.first)
        #expect(reason.contains("no-transcripts-here"), "\(reason)")

        let html = try Self.page(output, run: outcome.runID)
        #expect(html.contains("<strong>Exit status 66: failed: no input</strong>"))
        #expect(html.contains("<li>\(reason.replacingOccurrences(of: "'", with: "&#39;"))</li>"))
        #expect(html.contains("<dt>Exit status</dt><dd>66 · failed: no input</dd>"))
        #expect(!html.contains("banner quiet"))
    }

    @Test("a tripped --fail-on gate is recorded as the exit 1 the process returns, with the alert as reason")
    func gateIsRecorded() async throws {
        let inputs = try RunCorpus.temporaryDirectory()
        try "Ana: Patients must be able to book an appointment online.\n"
            .write(toFile: inputs + "/clinic.txt", atomically: true, encoding: .utf8)
        let output = try RunCorpus.temporaryDirectory()
        // The catalogue's latency rule with a threshold every run breaches.
        var alwaysFires = try #require(AlertRule.catalog.first { $0.measure == .agentLatencyP95 })
        alwaysFires.name = "AlwaysFires"
        alwaysFires.threshold = -1
        let outcome = await Self.run([inputs], output: output, failOn: .warning, alertRules: [alwaysFires])
        #expect(outcome.status == .alertsFired)
        let runID = try #require(outcome.runID)
        let run = try #require(try RunStore.existing(inOutputDirectory: output).run(id: runID))
        #expect(run.exitCode == 1, "the store kept an exit code the process did not return")
        #expect(run.outcome == "finished, but an alert of the --fail-on severity fired")
        #expect(run.reasons == ["alert AlwaysFires (warning) fires"])
        let html = try Self.page(output, run: runID)
        #expect(html.contains("<strong>Exit status 1: finished, but an alert of the --fail-on severity fired</strong>"))
    }

    @Test("a run stopped by the engine's settings is recorded with its reason and reported, not left running")
    func engineFailureIsRecorded() async throws {
        let inputs = try RunCorpus.temporaryDirectory()
        try "Ana: Patients must be able to book an appointment online.\n"
            .write(toFile: inputs + "/clinic.txt", atomically: true, encoding: .utf8)
        let output = try RunCorpus.temporaryDirectory()
        let outcome = await Self.run(
            [inputs], output: output,
            openAI: { () throws(PipelineError) -> OpenAIEngineSettings in
                throw .badConfiguration("no API key: set OPENAI_API_KEY")
            })
        #expect(outcome.status == .failed(.badConfiguration))
        let runID = try #require(outcome.runID)
        let run = try #require(try RunStore.existing(inOutputDirectory: output).run(id: runID))
        #expect(run.status == "failed")
        #expect(run.exitCode == 78)
        #expect(run.reasons == ["no API key: set OPENAI_API_KEY"])
        let html = try Self.page(output, run: runID)
        #expect(html.contains("<strong>Exit status 78: failed: bad configuration</strong>"))
        #expect(html.contains("<li>no API key: set OPENAI_API_KEY</li>"))
    }

    @Test("a clean run gets a green status, and a fully skipped rerun is a gap in the p95 trend, not a zero")
    func skippedRunIsAGap() async throws {
        let inputs = try RunCorpus.temporaryDirectory()
        try "Ana: Patients must be able to book an appointment online.\n"
            .write(toFile: inputs + "/clinic.txt", atomically: true, encoding: .utf8)
        let output = try RunCorpus.temporaryDirectory()
        let first = await Self.run([inputs], output: output)
        #expect(first.status == .succeeded)
        let firstPage = try Self.page(output, run: first.runID)
        #expect(
            firstPage.contains(
                "<div class=\"banner status ok\" role=\"status\"><strong>Exit status 0: finished</strong>"))
        #expect(firstPage.contains("banner quiet"))

        let second = await Self.run([inputs], output: output)
        #expect(second.status == .succeeded)
        #expect(second.batch?.projects.allSatisfy(\.skipped) == true)
        let html = try Self.page(output, run: second.runID)
        let spark = try #require(
            html.components(separatedBy: "aria-label=\"p95 agent latency over 2 runs, 1 without a value\"").dropFirst()
                .first?.components(separatedBy: "</svg>").first)
        #expect(spark.components(separatedBy: "<circle").count - 1 == 1, "the skipped run drew a point")
        #expect(!spark.contains("<polyline"), "a line was drawn to a missing value")
        #expect(html.contains("<div class=\"label\">p95 agent latency</div><div class=\"value\">—</div>"))
        let index = try Self.index(output)
        let newestRow = try #require(
            index.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tr>").first)
        #expect(newestRow.contains("<td class=\"num\">—</td>"), "the index shows 0 for a missing p95: \(newestRow)")
        #expect(!newestRow.contains(">0 ms<"))
    }

    @Test("each project's trace id is shown, and linked only when --trace-url is given")
    func traceLinks() async throws {
        let inputs = try Self.mixedInputs()
        let output = try RunCorpus.temporaryDirectory()
        let outcome = await Self.run([inputs], output: output)
        let store = try RunStore.existing(inOutputDirectory: output)
        let runID = try #require(outcome.runID)
        let good = try #require(
            try store.overview(ofRun: runID, findingLimit: 0)?.projects.first { $0.name == "good" })
        let traceID = try #require(good.traceId)
        #expect(TraceURLTemplate.isTraceID(traceID), "\(traceID)")
        let traces = try String(
            contentsOfFile: (output as NSString).appendingPathComponent("traces/\(runID).otlp.jsonl"),
            encoding: .utf8)
        #expect(traces.contains("\"traceId\":\"\(traceID)\""), "the recorded trace id is not in the trace file")

        let plain = try Self.page(output, run: outcome.runID)
        #expect(plain.contains("<td class=\"mono\">\(traceID)</td>"))
        #expect(!plain.contains("http://") && !plain.contains("https://"))

        let template = try TraceURLTemplate("https://traces.example.com/explore?left=x&trace={trace_id}")
        _ = try await ReportWriter(traceURL: template).writeReports(
            store: store, layout: OutputLayout(root: output), templates: RunCorpus.templates)
        let linked = try Self.page(output, run: outcome.runID)
        #expect(
            linked.contains(
                "<td class=\"mono\"><a href=\"https://traces.example.com/explore?left=x&amp;trace=\(traceID)\" "
                    + "rel=\"noreferrer\">\(traceID)</a></td>"))
        #expect(!linked.contains("src=\"http"), "a link must not become a load")
    }

    @Test(
        "--trace-url must be an http(s) URL with a host and {trace_id}",
        arguments: [
            ("https://traces.example.com/trace/{trace_id}", true),
            ("http://localhost:16686/trace/{trace_id}", true),
            ("https://traces.example.com/trace/", false),
            ("ftp://traces.example.com/{trace_id}", false),
            ("javascript:alert(1)//{trace_id}", false),
            ("/trace/{trace_id}", false),
            ("https:///{trace_id}", false),
        ])
    func traceURLValidation(template: String, valid: Bool) {
        #expect(((try? TraceURLTemplate(template)) != nil) == valid)
    }

    @Test("a trace link carries nothing but a hex trace id")
    func traceLinkOnlyForHex() throws {
        let template = try TraceURLTemplate("https://traces.example.com/trace/{trace_id}")
        let id = "4bf92f3577b34da6a3ce929d0e0e4736"
        #expect(template.link(traceID: id) == "https://traces.example.com/trace/" + id)
        #expect(template.link(traceID: "\"><script>alert(1)</script>") == nil)
        #expect(template.link(traceID: String(repeating: "0", count: 32)) == nil)
        #expect(template.link(traceID: id.uppercased()) == nil)
    }

    @Test("hostile text in stored reasons and file names stays inert")
    func hostileReasons() async throws {
        let directory = try RunCorpus.temporaryDirectory()
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try RunCorpus.record(recorder, id: "r-hostile", start: 1_800_000_000, scale: 1)
        try recorder.finish(
            run: "r-hostile", endedAt: Date(timeIntervalSince1970: 1_800_000_005), status: .partial, exitCode: 2,
            reasons: ["clinic/\(RunCorpus.hostile).json: \(RunCorpus.hostile)"])
        _ = try await ReportWriter().writeReports(
            store: recorder.store, layout: OutputLayout(root: directory), templates: RunCorpus.templates)
        for page in [try Self.page(directory, run: "r-hostile"), try Self.index(directory)] {
            #expect(!page.contains("<script>"))
            #expect(!page.contains("<img"))
            #expect(!page.contains("\u{202E}"))
            #expect(
                page.contains(
                    "<li>clinic/&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; "
                        + "[go](javascript:alert(3)) [U+202E]fdp.exe.json: &lt;script&gt;"))
        }
    }

    @Test("a run recorded before the store kept outcomes still gets a red banner with its failed files")
    func olderRunWithoutOutcome() throws {
        let directory = try RunCorpus.temporaryDirectory()
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try RunCorpus.record(recorder, id: "r-old", start: 1_800_000_000, scale: 1)
        // As an older reqeng left it: coarse status and exit code only.
        try recorder.store.finishRun(
            id: "r-old", endedAt: Date(timeIntervalSince1970: 1_800_000_005), status: "finished", exitCode: 2)
        let built = try ReportWriter().build(store: recorder.store)
        let status = try #require(built.pages.first?.status)
        #expect(status.level == .failed)
        #expect(status.outcome == "finished")
        #expect(status.reasons.first?.hasPrefix("clinic/<script>") == true)
    }
}
