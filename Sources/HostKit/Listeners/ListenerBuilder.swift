import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import PlatformHTTP

/// Builds a Hummingbird application for one listener: HTTP on loopback, HTTPS when the config
/// names a certificate, plain HTTP elsewhere only when `insecure_http` says so.
enum ListenerBuilder {
    /// Called with the listener's name and its bound base URL once it accepts connections.
    typealias OnListening = @Sendable (_ name: String, _ url: String) async -> Void

    static func application(
        name: String,
        configuration: ListenerConfiguration,
        router: Router<RoamwireRequestContext>,
        logger: Logger,
        onListening: @escaping OnListening
    ) throws -> some ApplicationProtocol {
        var logger = logger
        logger[metadataKey: "roamwire.listener"] = "\(name)"
        if configuration.tls == nil, !configuration.isLoopback {
            logger.warning(
                "serving plain HTTP on a non-loopback address (insecure_http: true); use TLS in production",
                metadata: ["host": "\(configuration.host)"])
        }
        let server: HTTPServerBuilder =
            if let tls = configuration.tls { try .tls(.http1(), tlsConfiguration: try serverTLS(tls)) } else {
                .http1()
            }
        let scheme = configuration.scheme
        return Application(
            router: router,
            server: server,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { [logger] channel in
                let port = channel.localAddress?.port ?? configuration.port
                let url = "\(scheme)://\(hostForURL(configuration.host)):\(port)"
                logger.info("listening", metadata: ["url": "\(url)"])
                await onListening(name, url)
            },
            logger: logger
        )
    }

    /// The server TLS configuration for `files`, asking for client certificates when a client CA
    /// is named.
    static func serverTLS(_ files: TLSFiles) throws -> TLSConfiguration {
        let chain = try NIOSSLCertificate.fromPEMFile(files.certificate).map { NIOSSLCertificateSource.certificate($0) }
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain, privateKey: .privateKey(try NIOSSLPrivateKey(file: files.key, format: .pem)))
        if let clientCA = files.clientCA {
            tls.certificateVerification = .noHostnameVerification
            tls.trustRoots = .file(clientCA)
        }
        return tls
    }

    private static func hostForURL(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }
}
