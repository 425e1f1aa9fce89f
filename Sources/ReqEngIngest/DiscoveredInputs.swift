import ReqEngModel

/// What ``InputDiscovery`` found: projects to load, remarks, and files that cannot be used.
package struct DiscoveredInputs: Sendable, Hashable {
    /// Projects sorted by name, each with its files sorted by relative path.
    package var projects: [ProjectInput]
    /// Skipped files (unknown extension, link loops, duplicates), in discovery order.
    package var notices: [InputNotice]
    /// Files found but unusable before reading (links outside the input, broken links, FIFOs).
    package var failures: [InputFailure]

    package init(projects: [ProjectInput] = [], notices: [InputNotice] = [], failures: [InputFailure] = []) {
        self.projects = projects
        self.notices = notices
        self.failures = failures
    }
}
