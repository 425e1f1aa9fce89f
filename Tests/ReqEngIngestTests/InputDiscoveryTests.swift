import Foundation
import ReqEngIngest
import ReqEngModel
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Input discovery")
struct InputDiscoveryTests {
    @Test func groupsSortsAndSkips() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("input/zeta/a.txt", "Maria: hi")
        try dir.write("input/alpha/sub/b.MD", "Maria: hi")
        try dir.write("input/alpha/a.json", "[]")
        try dir.write("input/alpha/.gitkeep", "")
        try dir.write("input/alpha/minutes.docx", "x")
        try dir.write("input/loose.vtt", "WEBVTT")
        try dir.write("input/notes.docx", "x")
        try dir.write("input/.DS_Store", "x")
        try dir.write("input/.hidden/secret.txt", "x")
        try dir.mkdir("input/empty")

        let found = try InputDiscovery().discover([dir.path + "/input"])
        #expect(found.projects.map(\.name) == ["alpha", "loose", "zeta"])
        #expect(found.projects[0].files.map(\.relativePath) == ["alpha/a.json", "alpha/sub/b.MD"])
        #expect(found.projects[0].files.map(\.format) == [.json, .markdown])
        #expect(found.projects[1].files.map(\.relativePath) == ["loose.vtt"])
        #expect(found.projects[2].files.first?.path.hasSuffix("/input/zeta/a.txt") == true)
        #expect(
            found.notices == [
                InputNotice(path: "alpha/minutes.docx", message: "skipped: unknown extension .docx"),
                InputNotice(
                    path: "empty",
                    message: "skipped: no transcript files (.txt, .md, .json, .vtt, .srt) in this directory"),
                InputNotice(path: "notes.docx", message: "skipped: unknown extension .docx"),
            ])
        #expect(found.failures.isEmpty)
    }

    @Test func fileInputIsAProjectNamedAfterItsStem() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("kickoff.session.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n")
        let found = try InputDiscovery().discover([path])
        #expect(
            found.projects == [
                ProjectInput(
                    name: "kickoff.session",
                    files: [
                        InputFile(
                            path: path, relativePath: "kickoff.session.srt", format: .srt, sessionID: "kickoff.session")
                    ])
            ])
    }

    @Test func missingInputThrowsNotFound() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(throws: IngestError.notFound(path: dir.path + "/nope")) {
            try InputDiscovery().discover([dir.path + "/nope"])
        }
    }

    @Test func sameProjectFromTwoInputsIsMerged() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("one/clinic/s1.txt", "A: x")
        try dir.write("two/clinic/s1.txt", "A: y")
        try dir.write("two/clinic/s2.txt", "A: z")
        let found = try InputDiscovery().discover([dir.path + "/one", dir.path + "/two"])
        #expect(found.projects.map(\.name) == ["clinic"])
        #expect(found.projects[0].files.map(\.relativePath) == ["clinic/s1.txt", "clinic/s2.txt", "two/clinic/s1.txt"])
        #expect(found.projects[0].files.map(\.sessionID) == ["clinic/s1.txt", "s2", "two/clinic/s1.txt"])
    }

    @Test func sharedStemsUseTheFileName() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/p/s1.txt", "A: x")
        try dir.write("in/p/s1.md", "A: y")
        try dir.write("in/p/s2.vtt", "WEBVTT")
        let found = try InputDiscovery().discover([dir.path + "/in"])
        #expect(found.projects[0].files.map(\.sessionID) == ["s1.md", "s1.txt", "s2"])
    }

    @Test func symlinksOutsideAreRecordedAndNeverOpened() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/p/ok.txt", "A: x")
        try dir.write("outside/real.txt", "A: secret")
        let fifo = dir.path + "/outside/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        try dir.link("in/p/pipe.txt", to: fifo)
        try dir.link("in/p/other", to: dir.path + "/outside")
        try dir.link("in/stolen.txt", to: dir.path + "/outside/real.txt")

        let found = try InputDiscovery().discover([dir.path + "/in"])
        #expect(found.projects.map(\.name) == ["p"])
        #expect(found.projects[0].files.map(\.relativePath) == ["p/ok.txt"])
        let failures = found.failures.map { "\($0.project) \($0.path) \($0.kind)" }.sorted()
        #expect(
            failures == [
                "p p/other symlink_outside", "p p/pipe.txt symlink_outside", "stolen stolen.txt symlink_outside",
            ])
        #expect(found.failures.allSatisfy { $0.reason.contains("outside the input directory") })
        // Nobody holds the FIFO open for reading: a non-blocking writer finds no reader.
        let writer = open(fifo, O_WRONLY | O_NONBLOCK)
        #expect(writer == -1 && errno == ENXIO)
        if writer >= 0 { close(writer) }
    }

    @Test func symlinksInsideAreFollowedWithoutLoops() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/p/a.txt", "A: x")
        try dir.write("in/shared/notes.md", "A: y")
        try dir.link("in/p/loop", to: dir.path + "/in/p")
        try dir.link("in/p/shared", to: "../shared")
        try dir.link("in/p/again.txt", to: "a.txt")
        let found = try InputDiscovery().discover([dir.path + "/in"])
        let project = try #require(found.projects.first { $0.name == "p" })
        #expect(project.files.map(\.relativePath) == ["p/a.txt", "p/shared/notes.md"])
        #expect(found.notices.contains { $0.path == "p/loop" && $0.message.contains("not followed again") })
        #expect(found.notices.contains { $0.path == "p/again.txt" && $0.message.contains("same file") })
        #expect(found.failures.isEmpty)
    }

    @Test func fifoInsideIsAFailureNotAHang() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.mkdir("in/p")
        #expect(mkfifo(dir.path + "/in/p/live.txt", 0o644) == 0)
        let found = try InputDiscovery().discover([dir.path + "/in"])
        #expect(found.failures.map(\.kind) == ["unreadable"])
        #expect(found.failures.first?.reason.contains("named pipe") == true)
        let file = InputFile(path: dir.path + "/in/p/live.txt", relativePath: "p/live.txt", format: .text)
        guard case .failed(let failure) = TranscriptLoader().load(file, project: "p") else {
            Issue.record("a FIFO must not load")
            return
        }
        #expect(failure.kind == "unreadable")
    }
}

/// reqeng's own output below an input is not read back as transcripts (issue 16, item 5).
@Suite("Input discovery skips output directories")
struct OutputDirectoryDiscoveryTests {
    @Test("The run's output directory inside an input is skipped with a notice")
    func runOutputSkipped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/app/a.txt", "Ana: The app must work offline.")
        try dir.write("in/out/rd/app.md", "Ana: not a transcript")
        try dir.write("in/out/rd/app.json", "[]")
        try dir.write("in/out/metrics.json", "{}")
        let found = try InputDiscovery(outputDirectory: dir.path + "/in/out").discover([dir.path + "/in"])
        #expect(found.projects.map(\.name) == ["app"])
        #expect(found.notices.contains { $0.path == "out" && $0.message.contains("output directory") })
    }

    @Test("Any directory holding a run store is skipped, at the top or deep inside a project")
    func storeDirectoriesSkipped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/app/a.txt", "Ana: The app must work offline.")
        try dir.write("in/app/old-run/reqeng.sqlite", "")
        try dir.write("in/app/old-run/rd/app.md", "Ana: a document reqeng wrote")
        try dir.write("in/elsewhere/reqeng.sqlite", "")
        try dir.write("in/elsewhere/rd/x.json", "[]")
        let found = try InputDiscovery().discover([dir.path + "/in"])
        #expect(found.projects.map(\.name) == ["app"])
        #expect(found.projects.first?.files.map(\.relativePath) == ["app/a.txt"])
        #expect(
            Set(found.notices.filter { $0.message.contains("output directory") }.map(\.path)) == [
                "app/old-run", "elsewhere",
            ])
    }
}

/// A loop of symbolic links is called a loop, not a missing target (issue 16, item 13).
@Suite("Symbolic link messages")
struct SymbolicLinkMessageTests {
    @Test("A link loop is reported as a loop; a dangling link as a missing target")
    func loopAndDangling() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/app/ok.txt", "Ana: The app must work offline.")
        try dir.link("in/app/a.txt", to: dir.path + "/in/app/b.txt")
        try dir.link("in/app/b.txt", to: dir.path + "/in/app/a.txt")
        try dir.link("in/app/gone.txt", to: dir.path + "/in/app/nowhere.txt")
        let found = try InputDiscovery().discover([dir.path + "/in"])
        let reasons = Dictionary(found.failures.map { ($0.path, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["app/a.txt"]?.contains("loop") == true, "\(reasons)")
        #expect(reasons["app/a.txt"]?.contains("does not exist") == false)
        #expect(reasons["app/gone.txt"]?.contains("does not exist") == true)
    }
}
