/// The reqeng version written into documents, reports and `system_info`.
package enum ToolVersion {
    package static let current = "0.1.0"
}
