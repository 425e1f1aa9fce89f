/// What recording a skipped project by reference tells the run about it: the counts of the results
/// it reuses and the input errors carried over, read from the store instead of a decoded checkpoint.
package struct ReusedProject: Sendable, Hashable {
    /// The new run's row for the project.
    package var id: Int64
    /// The row that holds the results.
    package var contentId: Int64
    package var title: String?
    package var error: String?
    package var sessions = 0
    package var requirements = 0
    package var inferred = 0
    package var findings = 0
    package var questions = 0
    /// The project's input errors recorded by the run that computed the results, now also recorded
    /// under the new run (except those the new run's discovery recorded already).
    package var inputErrors: [InputErrorRecord] = []

    package init(id: Int64, contentId: Int64, title: String?, error: String?) {
        self.id = id
        self.contentId = contentId
        self.title = title
        self.error = error
    }
}
