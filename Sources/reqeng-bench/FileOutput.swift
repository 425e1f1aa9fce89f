import Foundation

/// Writes the sample PDF.
enum FileOutput {
    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
