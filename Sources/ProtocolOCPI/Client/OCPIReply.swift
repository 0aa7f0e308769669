import Foundation
import NIOHTTP1

/// A successful OCPI answer: the envelope's data and status, and the headers pagination needs.
struct OCPIReply<Payload: Sendable>: Sendable {
    var data: Payload?
    var statusCode: Int
    var statusMessage: String?
    var headers: HTTPHeaders

    /// The URL in `Link: <url>; rel="next"` (RFC 8288: parameter names and the relation type are
    /// case-insensitive, quotes optional, several links and relations per header allowed).
    var nextPageURL: String? {
        for value in headers["Link"] {
            var rest = Substring(value)
            while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
                let target = rest[rest.index(after: open)..<close]
                rest = rest[rest.index(after: close)...]
                let parameters = rest.prefix { $0 != "<" }.split(separator: ";")
                for parameter in parameters {
                    let pair = parameter.split(separator: "=", maxSplits: 1)
                    guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "rel" else {
                        continue
                    }
                    let relations = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \",")).lowercased()
                    if relations.split(separator: " ").contains("next") { return String(target) }
                }
            }
        }
        return nil
    }
}
