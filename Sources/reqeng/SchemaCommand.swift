import ArgumentParser
import Foundation
import ReqEngBase

/// `reqeng schema`: print the JSON Schema the RD JSON files follow, as built into this binary, so an
/// installed reqeng can validate its own output without the repository.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the RD JSON files (rd/<project>.json).",
        discussion: """
            The schema is the repository's schemas/rd.schema.json, built into reqeng. \
            Example: reqeng schema > rd.schema.json

            Exit codes: 0 printed; 64 usage; 70 internal error (the build embedded no schema).
            """
    )

    /// Where the build embeds the schema.
    static let embeddedPath = "schemas/rd.schema.json"

    func run() throws {
        guard let schema = ResourceFile.embedded(Self.embeddedPath) else {
            throw CommandFailure(message: "this build embeds no \(Self.embeddedPath)", category: .internalFailure)
        }
        FileHandle.standardOutput.write(schema.data)
    }
}
