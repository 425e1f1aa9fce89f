import Foundation
import Metrics
import ReqEngAgents
import ReqEngModel
import ReqEngPipeline
import ReqEngStore
import ReqEngTelemetry

/// Shard outputs for merge tests: real runs over a generated corpus (as `reqeng run` makes them, with
/// store, metrics, traces and logs), and small hand-made shards for the rejections.
enum ShardRunFixture {
    /// A corpus from `scripts/gen_corpus.py`: `projects` projects of two short sessions each.
    static func corpus(projects: Int) throws -> String {
        let directory = try PipelineFixture.temporaryDirectory("merge-corpus")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", PipelineFixture.repository.appendingPathComponent("scripts/gen_corpus.py").path,
            directory + "/corpus", "--projects", String(projects), "--sessions-per-project", "2", "--turns", "24",
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("gen_corpus.py failed") }
        return directory + "/corpus"
    }

    /// Runs ``RunPipeline`` over `inputs` into `output`, as `reqeng run` does (store, metrics,
    /// traces, logs and reports), with a fixed run duration; returns the run id.
    @discardableResult
    static func run(inputs: String, output: String, shard: Shard?) async throws -> String {
        var configuration = PipelineFixture.configuration(inputs: [inputs], output: output)
        configuration.shard = shard
        var pipeline = RunPipeline(
            configuration: configuration, userID: "test", exitCode: { $0 == .succeeded ? 0 : 1 })
        pipeline.makeRunID = { RunTelemetry.makeRunID(now: $0) + "-\(shard?.index ?? 9)" }
        pipeline.stopwatch = { { .milliseconds(250) } }
        pipeline.progress = RecordingProgress()
        pipeline.console = MemoryLineSink()
        pipeline.say = { _ in }
        let outcome = await pipeline.run()
        guard let runID = outcome.runID, outcome.status == .succeeded else {
            throw FixtureError("the run ended \(outcome.status)")
        }
        return runID
    }

    /// A hand-made shard: a finished (or unfinished) run over `projects`, one RD file each, and a
    /// `metrics.json` counting one extraction per project.
    static func synthetic(
        _ directory: String, runID: String, configHash: String = "c0ffee", projects: [String], finished: Bool = true,
        shard: String? = "0/1", inputs: [String] = ["inputs"], sourceDateEpoch: Int? = nil,
        documentText: (String) -> String = { "# \($0)\n" }
    ) throws {
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try recorder.begin(
            run: RunStart(
                id: runID, startedAt: Date(timeIntervalSince1970: 1_800_000_000), engine: "builtin", model: nil,
                inputs: inputs, configHash: configHash, shard: shard, sourceDateEpoch: sourceDateEpoch))
        try FileManager.default.createDirectory(atPath: directory + "/rd", withIntermediateDirectories: true)
        let registry = PrometheusRegistry(families: MetricCatalog.all)
        for project in projects {
            try recorder.record(
                run: runID, project: project, document: document(project: project), transcripts: [transcript],
                executions: executions(project: project), failures: [])
            try Data(documentText(project).utf8).write(to: URL(fileURLWithPath: directory + "/rd/\(project).md"))
            Counter(
                label: GraphInstruments.invocations.name,
                dimensions: [("agent_name", "extraction"), ("status", "success")],
                factory: registry
            ).increment()
        }
        if finished {
            try recorder.finish(
                run: runID, endedAt: Date(timeIntervalSince1970: 1_800_000_010), status: .succeeded, exitCode: 0)
        }
        try FileManager.default.createDirectory(atPath: directory + "/metrics", withIntermediateDirectories: true)
        try MetricsSnapshot(registry.snapshot()).encoded()
            .write(to: URL(fileURLWithPath: directory + "/metrics/metrics.json"))
    }

    /// The one session of every synthetic shard's projects.
    static let transcript = Transcript(
        id: "kickoff", title: "Kickoff", sourcePath: "kickoff.txt", format: .text,
        turns: [Turn(number: 1, speaker: "Ana", text: "Patients must book online.")])

    /// A synthetic shard's document for `project`: two requirements quoting the session.
    static func document(project: String) -> RequirementsDocument {
        let refs = [SourceRef(sessionID: "kickoff", turn: 1, speaker: "Ana", quote: "book online")]
        return RequirementsDocument(
            project: project, title: project, purpose: "p", scope: "s", sessions: [SessionSummary(transcript)],
            stakeholders: [],
            requirements: (1...2).map { number in
                Requirement(
                    id: "REQ-00\(number)", title: "R\(number)", statement: "Statement \(number)", type: .functional,
                    category: nil, priority: .must, confidence: 0.8, inferred: false, sourceRefs: refs)
            },
            issues: [], questions: [], glossary: [],
            run: DocumentRunInfo(engine: "builtin", toolVersion: "0.1.0", generatedAt: "x"))
    }

    /// One successful execution of each built-in node, 0.2 s apart.
    static func executions(project: String) -> [AgentExecution] {
        ["ingest", "extraction", "inference", "validation", "synthesis"].enumerated().map { index, agent in
            AgentExecution(
                project: project, agent: agent, status: .success,
                startedAtUnixNano: Int64((1_800_000_000 + Double(index) * 0.2) * 1e9), durationNanoseconds: 200_000_000,
                confidence: nil, requirementsAdded: 0, errorMessage: nil)
        }
    }

    /// Relative path → bytes of every regular file under `directory` whose relative path passes `include`.
    static func files(under directory: String, include: (String) -> Bool = { _ in true }) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return files }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = directory + "/" + relative
            guard include(relative), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files[relative] = FileManager.default.contents(atPath: path)
        }
        return files
    }

    /// Family name → (series labels rendered as text → value or histogram buckets), from a `metrics.json`,
    /// read independently of the merge code.
    static func metricValues(_ path: String) throws -> [String: [String: String]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let families = root["families"] as? [[String: Any]]
        else { throw FixtureError("\(path) is not a metrics document") }
        var values: [String: [String: String]] = [:]
        for family in families {
            guard let name = family["name"] as? String, let series = family["series"] as? [[String: Any]] else {
                continue
            }
            for entry in series {
                let labels = (entry["labels"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
                    .map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                let buckets = (entry["buckets"] as? [[String: Any]])?.map { "\($0["le"] ?? ""):\($0["count"] ?? "")" }
                let value = buckets.map { $0.joined(separator: " ") + " count=\(entry["count"] ?? "")" }
                values[name, default: [:]][labels] = value ?? "\(entry["value"] ?? "")"
            }
        }
        return values
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
