import ArgumentParser
import Foundation
import ReqEngAgents

/// `reqeng eval`: precision, recall and F1 of the built-in requirement classifier on a labelled CSV.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure requirement classification against a labelled PROMISE NFR CSV.",
        discussion: """
            The CSV has the columns ProjectID,RequirementText,class (class F or an NFR code). Rows \
            that cannot be read are reported on standard error with their line numbers and skipped.
            """
    )

    @Option(help: "PROMISE NFR CSV file: ProjectID,RequirementText,class.")
    var dataset: String

    @Flag(help: "Print the metrics as JSON.")
    var json = false

    @Flag(help: "Also list each misclassified row (line, gold class, predicted class, text) on standard error.")
    var showErrors = false

    func run() throws {
        let loaded: EvaluationDataset
        do {
            loaded = try EvaluationDataset.load(path: dataset)
        } catch {
            FileHandle.standardError.write(Data("reqeng eval: \(error.description)\n".utf8))
            throw ExitCode(error.exitCode)
        }
        for row in loaded.skipped {
            FileHandle.standardError.write(Data("\(dataset):\(row.line): skipped: \(row.reason)\n".utf8))
        }
        let evaluator = ClassificationEvaluator()
        if showErrors {
            let predicted = evaluator.predictions(for: loaded.rows)
            for (row, label) in zip(loaded.rows, predicted) where row.label != label {
                FileHandle.standardError.write(Data("\(row.line)\t\(row.label)\t\(label)\t\(row.text)\n".utf8))
            }
        }
        guard let report = evaluator.evaluate(loaded.rows) else { throw ExitCode(65) }
        print(json ? report.jsonText() : report.table(), terminator: "")
    }
}

extension EvaluationError {
    /// sysexits code: 66 when the file is missing, 65 when its data is unusable.
    var exitCode: Int32 {
        switch self {
        case .fileNotFound: 66
        case .unreadable, .noUsableRows: 65
        }
    }
}
