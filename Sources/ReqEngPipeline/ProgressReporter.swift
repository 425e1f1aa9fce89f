import Foundation
import ReqEngIngest
import ReqEngModel
import Synchronization

/// Where a batch tells a person how far it is: project i of N, and every file that failed.
package protocol ProgressReporter: Sendable {
    func projectStarted(_ project: ProjectInput, index: Int, of total: Int)
    func failed(_ failure: InputFailure)
    func notice(_ notice: InputNotice)
}

/// Progress lines on standard error, so standard output stays clean for pipes.
package struct StandardErrorProgress: ProgressReporter {
    package init() {}

    package func projectStarted(_ project: ProjectInput, index: Int, of total: Int) {
        let files = project.files.map(\.relativePath).joined(separator: ", ")
        write("[\(index)/\(total)] \(project.name): \(files)")
    }

    package func failed(_ failure: InputFailure) {
        write("reqeng: error: \(failure.path): \(failure.reason)")
    }

    package func notice(_ notice: InputNotice) {
        write("reqeng: note: \(notice.path): \(notice.message)")
    }

    private func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Collects progress events in memory, for tests.
package final class RecordingProgress: ProgressReporter {
    private let lines = Mutex<[String]>([])

    package init() {}

    package var recorded: [String] { lines.withLock { $0 } }

    package func projectStarted(_ project: ProjectInput, index: Int, of total: Int) {
        lines.withLock { $0.append("[\(index)/\(total)] \(project.name)") }
    }

    package func failed(_ failure: InputFailure) {
        lines.withLock { $0.append("error: \(failure.path): \(failure.kind)") }
    }

    package func notice(_ notice: InputNotice) {
        lines.withLock { $0.append("note: \(notice.path)") }
    }
}
