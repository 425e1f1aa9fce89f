import Foundation
import ReqEngModel
import Testing

@testable import ReqEngRender

/// Independent checks of the written PDF with qpdf and poppler; skipped when a tool is not installed.
@Suite("PDF checked by external tools")
struct PDFToolChecks {
    /// Full path of an executable on `PATH`, or `nil`.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs `tool` on a freshly rendered PDF of `document`; returns exit status and standard output.
    static func run(_ tool: String, _ arguments: [String], on document: RequirementsDocument) throws -> (Int32, String)
    {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reqeng-pdf-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("rd.pdf")
        try Data(PDFRenderer().render(document)).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments.map { $0 == "{}" ? file.path : $0 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("qpdf finds no damage", .enabled(if: tool("qpdf") != nil, "qpdf is not installed (apt package qpdf)"))
    func qpdfCheck() throws {
        let (status, output) = try Self.run(Self.tool("qpdf") ?? "qpdf", ["--check", "{}"], on: PDFFixtures.clinic)
        #expect(status == 0, "\(output)")
        #expect(output.contains("No syntax or stream encoding errors found"))
    }

    @Test(
        "pdftotext finds every requirement id",
        .enabled(if: tool("pdftotext") != nil, "pdftotext is not installed (apt package poppler-utils)"))
    func everyIDInText() throws {
        let document = PDFFixtures.large(150)
        let (status, text) = try Self.run(Self.tool("pdftotext") ?? "pdftotext", ["{}", "-"], on: document)
        #expect(status == 0)
        let words = Set(text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        let missing = document.requirements.map(\.id).filter { !words.contains($0) }
        #expect(missing.isEmpty, "missing: \(missing.prefix(10))")
        let (_, hostile) = try Self.run(Self.tool("pdftotext") ?? "pdftotext", ["{}", "-"], on: PDFFixtures.hostile)
        #expect(hostile.contains("<b>bold?</b>"))
    }

    @Test(
        "pdfinfo shows the metadata",
        .enabled(if: tool("pdfinfo") != nil, "pdfinfo is not installed (apt package poppler-utils)"))
    func metadata() throws {
        let (status, info) = try Self.run(
            Self.tool("pdfinfo") ?? "pdfinfo", ["-isodates", "{}"], on: PDFFixtures.clinic)
        #expect(status == 0)
        let pages = PDFRenderer().layout(PDFFixtures.clinic).pages.count
        for expected in [
            "Title:           Pet Clinic Appointments", "Author:          reqeng", "Creator:         reqeng 0.9.0",
            "Keywords:        requirements, SRS, ISO/IEC/IEEE 29148, pet-clinic",
            "CreationDate:    2025-03-14T09:26:53Z",
            "Pages:           \(pages)", "Page size:       595.276 x 841.89 pts (A4)",
        ] {
            #expect(info.contains(expected), "pdfinfo lacks \(expected):\n\(info)")
        }
    }
}
