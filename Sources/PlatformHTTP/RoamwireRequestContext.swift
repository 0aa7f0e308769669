public import Hummingbird

/// The request context of every Roamwire listener: Hummingbird's core storage plus the request
/// id and the body limit the listener was configured with.
public struct RoamwireRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller's `X-Request-ID`, or one generated for this request.
    public var requestID: String = ""
    /// Largest request body a handler decodes; larger ones answer 413.
    public var maxUploadSize: Int = 1 << 20

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }
}
