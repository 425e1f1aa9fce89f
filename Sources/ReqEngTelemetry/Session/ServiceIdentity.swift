/// The name every log line, span resource and metric family of reqeng reports itself under.
package enum ServiceIdentity {
    package static let name = "reqeng"
}
