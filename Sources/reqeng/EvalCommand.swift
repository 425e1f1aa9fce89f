import ArgumentParser
import Foundation
import ReqEngAgents
import ReqEngBase
import ReqEngIngest
import ReqEngPipeline

/// `reqeng eval`: how well the built-in engine does against labelled data.
///
/// Two data sets: a PROMISE NFR CSV (`--dataset`, requirement classification) and labelled
/// conversations (`--conversations` with `--gold`, extraction as a whole).
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the built-in engine against labelled data.",
        discussion: """
            --dataset FILE.csv scores requirement classification on a PROMISE NFR CSV (columns \
            ProjectID,RequirementText,class; class F or an NFR code). Rows that cannot be read are \
            reported on standard error with their line numbers and skipped.

            --conversations DIR --gold DIR runs the engine over the transcripts of DIR, as `reqeng run` \
            would, and scores its stated requirements against turn-level gold files \
            (<session_id>.gold.json, see eval/LABELLING.md). A stated requirement may match a gold \
            requirement when it cites one of the gold requirement's turns and the two statements share a \
            content word; matching is one-to-one (maximum bipartite matching), so restatements and \
            fragments earn nothing. Precision = matched / stated, recall = matched / gold. Also \
            reported: statements whose negation differs from their quote, and precision by confidence \
            band.

            Examples:
              reqeng eval --conversations eval/conversations --gold eval/gold/interviews --json
              reqeng eval --dataset path/to/promise-nfr.csv
              reqeng eval --conversations path/to/meetings --gold eval/gold/meetings \\
                          --conversations eval/conversations --gold eval/gold/interviews
            (eval/ is in the repository; the PROMISE NFR set and the meeting transcripts are public \
            data sets that are not.)

            Exit codes: 0 scored; 64 usage; 65 nothing could be scored, or a gold file is malformed; \
            66 a data set or gold directory does not exist; 70 internal error.
            """
    )

    @Option(help: "PROMISE NFR CSV file: ProjectID,RequirementText,class.")
    var dataset: String?

    @Option(
        help:
            "Directory of labelled transcripts (any supported format); repeat it with --gold to score several sets together."
    )
    var conversations: [String] = []

    @Option(help: "Directory of <session_id>.gold.json files for the --conversations at the same position.")
    var gold: [String] = []

    @Flag(help: "Print the metrics as JSON.")
    var json = false

    @Flag(
        help: """
            Also list errors on standard error: misclassified rows (--dataset), or unmatched stated \
            requirements and missed gold requirements (--conversations).
            """)
    var showErrors = false

    func validate() throws {
        if dataset != nil {
            guard conversations.isEmpty && gold.isEmpty else {
                throw ValidationError("--dataset cannot be combined with --conversations or --gold.")
            }
            return
        }
        guard !conversations.isEmpty || !gold.isEmpty else {
            throw ValidationError("Give --dataset FILE.csv, or --conversations DIR with --gold DIR.")
        }
        guard conversations.count == gold.count else {
            throw ValidationError(
                "Each --conversations DIR needs its --gold DIR (got \(conversations.count) and \(gold.count)).")
        }
    }

    func run() async throws {
        if let dataset {
            try evaluateClassification(dataset)
        } else {
            try await evaluateConversations(Array(zip(conversations, gold)))
        }
    }

    private func evaluateClassification(_ dataset: String) throws {
        let loaded = try EvaluationDataset.load(path: dataset)
        for row in loaded.skipped {
            Terminal.note("\(dataset):\(row.line): skipped: \(row.reason)")
        }
        let evaluator = ClassificationEvaluator()
        if showErrors {
            let predicted = evaluator.predictions(for: loaded.rows)
            for (row, label) in zip(loaded.rows, predicted) where row.label != label {
                Terminal.say("\(row.line)\t\(row.label)\t\(label)\t\(row.text)")
            }
        }
        guard let report = evaluator.evaluate(loaded.rows) else {
            throw CommandFailure(message: "\(dataset): no row could be scored", category: .badData)
        }
        print(json ? report.jsonText() : report.table(), terminator: "")
    }

    private func evaluateConversations(_ sets: [(conversations: String, gold: String)]) async throws {
        let outcome = try await ConversationEvaluation(engine: EngineAgents.builtin()).evaluate(sets)
        for remark in outcome.remarks {
            Terminal.note(remark)
        }
        if showErrors {
            for score in outcome.report.conversations {
                for item in score.unmatchedStated {
                    let turns = item.turns.map(String.init).joined(separator: ",")
                    Terminal.say(
                        "\(score.conversation)\tunmatched\t\(item.id)\tturns \(turns)\t\(item.confidence)\t"
                            + "\(item.statement)\t\u{201C}\(item.quote)\u{201D}")
                }
                for id in score.negationChanged {
                    Terminal.say("\(score.conversation)\tnegation\t\(id)")
                }
                for item in score.missedGold {
                    let turns = item.turns.map(String.init).joined(separator: ",")
                    Terminal.say("\(score.conversation)\tmissed\t\(item.id)\tturns \(turns)\t\(item.statement)")
                }
            }
        }
        print(json ? outcome.report.jsonText() : outcome.report.table(), terminator: "")
    }
}
