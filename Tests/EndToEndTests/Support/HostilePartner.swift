import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import RoamwireTesting
import Synchronization

/// A broken OCPI peer for tests: a real Hummingbird server on 127.0.0.1 with an OS-chosen port,
/// running for the duration of ``withPartner(_:)``. It misbehaves on purpose, in the way the first
/// path segment of a request names, and records every request with its headers:
///
/// - `/html/...` answers 200 `text/html` (a web server's welcome page);
/// - `/error500/...` answers 500;
/// - `/hang/...` answers only when the partner stops (for timeouts);
/// - `/garbage/...` answers 200 with JSON that is no OCPI envelope;
/// - `/envelope-error/...` answers 200 with an OCPI envelope carrying status 2000;
/// - `/old/ocpi/versions` lists only version 2.1.1;
/// - `/nocreds/ocpi/versions` lists 2.2.1, whose details (`/nocreds/ocpi/2.2.1`) name no
///   credentials endpoint;
/// - `/ok/ocpi/versions` and `/ok/ocpi/2.2.1` are a valid 2.2.1 API, but a POST or PUT to its
///   credentials endpoint (`/ok/ocpi/2.2.1/credentials`) answers 500;
/// - `/rawonly/...` is the `ok` API for a peer that accepts only the raw token
///   ``rawOnlyToken`` (`Authorization: Token raw-only-token-1`) and answers 401 to anything else;
/// - `/flaky/{n}/...` answers 500 to the first `n` requests on the same path, then as `ok`;
/// - `/status/{code}/...` answers HTTP `code` with an OCPI error envelope;
/// - `/ocpi-status/{code}/...` answers 200 with an OCPI envelope carrying status `code`;
/// - `/paged/{page}` is a list of three pages: `[10p+1, 10p+2]`, with `Link` headers to the next
///   page (page 2 has two `Link` fields, page 3 only a `rel="prev"` link);
/// - `/echo/...` answers 200 with an empty OCPI success envelope.
///
/// Anything else answers 404.
final class HostilePartner: Sendable {
    /// One request as the partner saw it.
    struct Received: Sendable {
        let method: HTTPRequest.Method
        /// The path, such as `/html/ocpi/versions`.
        let path: String
        let query: String?
        let headers: HTTPFields
        let body: Data

        /// The personality it addressed: the first path segment.
        var personality: String { path.split(separator: "/").first.map(String.init) ?? "" }

        /// The value of header `name`, if present.
        func header(_ name: String) -> String? {
            HTTPField.Name(name).flatMap { headers[$0] }
        }

        /// The body as UTF-8 text.
        var text: String { String(decoding: body, as: UTF8.self) }

        /// The body parsed as a JSON object, if it is one.
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }

        /// Whether the request presented `token`, Base64-encoded or raw.
        func presents(_ token: String) -> Bool {
            let value = header("Authorization")
            return value == "Token \(Data(token.utf8).base64EncodedString())" || value == "Token \(token)"
        }
    }

    /// The partner did not start: its server ended before it bound a port.
    /// The only token the `rawonly` personality accepts, and only un-encoded.
    static let rawOnlyToken = "raw-only-token-1"

    private let received = Mutex<[Received]>([])
    private let port = Atomic<Int>(0)
    private let (stopped, stop) = AsyncStream.makeStream(of: Never.self)

    private init() {}

    /// Base URL, `http://127.0.0.1:<port>`.
    var baseURL: String { "http://127.0.0.1:\(port.load(ordering: .acquiring))" }

    /// The versions URL of `personality`.
    func versionsURL(_ personality: String) -> String { "\(baseURL)/\(personality)/ocpi/versions" }

    /// Every request so far, in arrival order.
    var requests: [Received] { received.withLock { $0 } }

    /// The requests that presented `token` (Base64 or raw), in arrival order.
    func requests(presenting token: String) -> [Received] {
        requests.filter { $0.presents(token) }
    }

    /// Runs a partner for the duration of `body` and stops it before returning; requests still
    /// hanging are answered then.
    static func withPartner<T>(_ body: (HostilePartner) async throws -> T) async throws -> T {
        let partner = HostilePartner()
        return try await withLoopbackServer(partner.router(), beforeStopping: { partner.stop.finish() }) { port in
            partner.port.store(port, ordering: .releasing)
            return try await body(partner)
        }
    }

    // MARK: - Personalities

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        for method in [HTTPRequest.Method.get, .post, .put, .delete] {
            router.on("**", method: method) { request, _ in try await self.answer(request) }
        }
        return router
    }

    private func answer(_ incoming: Request) async throws -> Response {
        var request = incoming
        let body = Data(try await request.collectBody(upTo: 1 << 20).readableBytesView)
        let path = request.uri.path
        let received = Received(
            method: request.method, path: path, query: request.uri.query, headers: request.headers, body: body)
        let earlier = self.received.withLock { all in
            defer { all.append(received) }
            return all.count { $0.path == path }
        }
        let segments = path.split(separator: "/").map(String.init)
        let rest = Array(segments.dropFirst())
        switch segments.first {
        case "html":
            return Self.text(
                "<html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>",
                contentType: "text/html; charset=utf-8")
        case "error500":
            return Self.text(
                "<html><body><h1>500 Internal Server Error</h1></body></html>", status: .internalServerError,
                contentType: "text/html")
        case "hang":
            for await _ in stopped {}
            return Self.envelope(nil)
        case "garbage":
            return Self.text(#"{"message": "hello", "items": [1, 2, 3], "ok": true}"#, contentType: "application/json")
        case "envelope-error":
            return Self.envelope(nil, status: 2000, message: "hostile partner refuses everything")
        case "old":
            return oldAPI(rest)
        case "nocreds":
            return noCredentialsAPI(rest)
        case "ok":
            return okAPI("ok", rest, method: request.method)
        case "rawonly":
            guard received.header("Authorization") == "Token \(Self.rawOnlyToken)" else {
                return Self.envelope(nil, status: 2000, message: "unknown token", httpStatus: .unauthorized)
            }
            return okAPI("rawonly", rest, method: request.method)
        case "flaky":
            guard let failures = rest.first.flatMap({ Int($0) }) else { return Self.notFound }
            if earlier < failures {
                return Self.text("temporarily broken", status: .internalServerError, contentType: "text/plain")
            }
            return okAPI("flaky/\(failures)", Array(rest.dropFirst()), method: request.method)
        case "status":
            guard let code = rest.first.flatMap({ Int($0) }) else { return Self.notFound }
            return Self.envelope(
                nil, status: code >= 500 ? 3000 : 2000, message: "HTTP \(code) on purpose",
                httpStatus: HTTPResponse.Status(code: code))
        case "ocpi-status":
            guard let code = rest.first.flatMap({ Int($0) }) else { return Self.notFound }
            return Self.envelope(nil, status: code, message: "OCPI \(code) on purpose")
        case "paged":
            return page(rest)
        case "echo":
            return Self.envelope(nil)
        default:
            return Self.notFound
        }
    }

    private func oldAPI(_ rest: [String]) -> Response {
        switch rest {
        case ["ocpi", "versions"]:
            return Self.envelope(#"[{"version": "2.1.1", "url": "\#(baseURL)/old/ocpi/2.1.1"}]"#)
        case ["ocpi", "2.1.1"]:
            return Self.envelope(
                #"{"version": "2.1.1", "endpoints": [{"identifier": "credentials", "url": "\#(baseURL)/old/ocpi/2.1.1/credentials"}]}"#
            )
        default:
            return Self.notFound
        }
    }

    private func noCredentialsAPI(_ rest: [String]) -> Response {
        switch rest {
        case ["ocpi", "versions"]:
            return Self.envelope(#"[{"version": "2.2.1", "url": "\#(baseURL)/nocreds/ocpi/2.2.1"}]"#)
        case ["ocpi", "2.2.1"]:
            return Self.envelope(
                #"""
                {"version": "2.2.1", "endpoints": [
                  {"identifier": "locations", "role": "SENDER", "url": "\#(baseURL)/nocreds/ocpi/2.2.1/locations"},
                  {"identifier": "tokens", "role": "RECEIVER", "url": "\#(baseURL)/nocreds/ocpi/2.2.1/tokens"}]}
                """#)
        default:
            return Self.notFound
        }
    }

    /// A valid 2.2.1 API under `/<prefix>/`, except that its credentials endpoint answers 500.
    private func okAPI(_ prefix: String, _ rest: [String], method: HTTPRequest.Method) -> Response {
        let base = "\(baseURL)/\(prefix)/ocpi"
        switch rest {
        case ["ocpi", "versions"]:
            return Self.envelope(
                #"[{"version": "2.1.1", "url": "\#(base)/2.1.1"}, {"version": "2.2.1", "url": "\#(base)/2.2.1"}]"#)
        case ["ocpi", "2.2.1"]:
            return Self.envelope(
                #"""
                {"version": "2.2.1", "endpoints": [
                  {"identifier": "credentials", "role": "SENDER", "url": "\#(base)/2.2.1/credentials"},
                  {"identifier": "locations", "role": "SENDER", "url": "\#(base)/2.2.1/locations"}]}
                """#)
        case ["ocpi", "2.2.1", "credentials"] where method == .post || method == .put:
            return Self.text(
                #"{"status_code": 3000, "status_message": "database on fire", "timestamp": "2024-05-01T10:15:00Z"}"#,
                status: .internalServerError, contentType: "application/json")
        default:
            return Self.notFound
        }
    }

    private func page(_ rest: [String]) -> Response {
        guard let number = rest.first.flatMap({ Int($0) }), (1...3).contains(number) else { return Self.notFound }
        var response = Self.envelope("[\(number * 10 + 1), \(number * 10 + 2)]")
        let link = HTTPField.Name("Link")!
        switch number {
        case 1:
            response.headers[link] = #"<\#(baseURL)/paged/2?limit=2>; rel="next""#
        case 2:
            response.headers.append(HTTPField(name: link, value: #"<\#(baseURL)/paged/1?limit=2>; rel="prev""#))
            response.headers.append(HTTPField(name: link, value: #"<\#(baseURL)/paged/3?limit=2>;rel="next""#))
        default:
            response.headers[link] = #"<\#(baseURL)/paged/2?limit=2>; rel="prev""#
        }
        return response
    }

    // MARK: - Answers

    private static var notFound: Response {
        envelope(nil, status: 2000, message: "no such hostile path", httpStatus: .notFound)
    }

    private static func text(_ text: String, status: HTTPResponse.Status = .ok, contentType: String) -> Response {
        Response(
            status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func envelope(
        _ data: String?, status: Int = 1000, message: String? = nil, httpStatus: HTTPResponse.Status = .ok
    ) -> Response {
        var fields = [#""status_code": \#(status)"#, #""timestamp": "2024-05-01T10:15:00Z""#]
        if let data { fields.insert(#""data": \#(data)"#, at: 0) }
        if let message { fields.append(#""status_message": "\#(message)""#) }
        return text("{\(fields.joined(separator: ", "))}", status: httpStatus, contentType: "application/json")
    }
}
