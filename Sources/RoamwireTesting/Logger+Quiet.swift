public import Logging

extension Logger {
    /// A logger that prints only critical messages, so that expected failures do not clutter the
    /// test output.
    public static var quiet: Logger {
        var logger = Logger(label: "roamwire.tests")
        logger.logLevel = .critical
        return logger
    }
}
