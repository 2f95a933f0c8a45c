/// Docket's exit statuses. Automation depends on them: never renumber.
public enum ExitStatus: Int32, Sendable {
    /// Everything processed; every document complete (check) or identical (diff).
    case success = 0
    /// Processed, but a document is incomplete (check), a template has unfilled values (fill) or A and B differ (diff).
    case findings = 1
    /// At least one input could not be processed; its error record says why.
    case inputFailed = 2
    /// The command line was wrong.
    case usage = 64
    /// The subcommand is not available in this build.
    case unavailable = 69

    /// The status of a run that produced `records`: any error record wins over findings.
    public static func forExtraction(_ records: [DocketRecord]) -> ExitStatus {
        records.contains(where: \.isFailure) ? .inputFailed : .success
    }
}
