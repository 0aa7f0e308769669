import Foundation
import NIOHTTP1

/// A successful OCPI answer: the envelope's data and status, and the headers pagination needs.
struct OCPIReply<Payload: Sendable>: Sendable {
    var data: Payload?
    var statusCode: Int
    var statusMessage: String?
    var headers: HTTPHeaders

    /// The URL in `Link: <url>; rel="next"`, if there is a next page.
    var nextPageURL: String? {
        for value in headers["Link"] {
            for link in value.split(separator: ",") {
                let parts = link.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                guard let target = parts.first, target.hasPrefix("<"), target.hasSuffix(">"),
                    parts.dropFirst().contains(where: { $0.replacingOccurrences(of: " ", with: "") == #"rel="next""# })
                else { continue }
                return String(target.dropFirst().dropLast())
            }
        }
        return nil
    }
}
