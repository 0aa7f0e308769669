/// The OCPI status codes of the response envelope's `status_code`.
enum OCPIStatusCode: Int, Sendable, Hashable {
    case success = 1000
    case clientError = 2000
    case invalidParameters = 2001
    case notEnoughInformation = 2002
    case unknownLocation = 2003
    case unknownToken = 2004
    case serverError = 3000
    case unableToUseClientAPI = 3001
    case unsupportedVersion = 3002
    case noMatchingEndpoints = 3003
    case hubError = 4000
    case unknownReceiver = 4001
    case timeoutOnForwardedRequest = 4002
    case connectionProblem = 4003
}
