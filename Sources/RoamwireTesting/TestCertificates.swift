import Foundation

/// Throw-away PKI made at test time with the `openssl` command line tool: a CA, a server
/// certificate for `localhost` / `127.0.0.1` and a client certificate, all signed by the CA.
/// Nothing here is ever committed.
public struct TestCertificates: Sendable {
    /// CA certificate (PEM): trust this to accept the server and client certificates.
    public let caCertificate: String
    /// Server certificate chain (PEM).
    public let serverCertificate: String
    /// The server certificate's private key (PEM).
    public let serverKey: String
    /// Client certificate (PEM), for mutual TLS.
    public let clientCertificate: String
    /// The client certificate's private key (PEM).
    public let clientKey: String

    /// Creates the files in `directory`.
    public init(in directory: TemporaryDirectory) throws {
        caCertificate = directory.path("ca.pem")
        serverCertificate = directory.path("server.pem")
        serverKey = directory.path("server-key.pem")
        clientCertificate = directory.path("client.pem")
        clientKey = directory.path("client-key.pem")
        let caKey = directory.path("ca-key.pem")
        try Self.openssl([
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-subj", "/CN=Roamwire Test CA", "-keyout", caKey, "-out", caCertificate,
        ])
        try issue(
            name: "server", cn: "localhost", san: "DNS:localhost,IP:127.0.0.1", extendedUsage: "serverAuth",
            certificate: serverCertificate, key: serverKey, caKey: caKey, directory: directory)
        try issue(
            name: "client", cn: "Roamwire Test Client", san: "DNS:client.test", extendedUsage: "clientAuth",
            certificate: clientCertificate, key: clientKey, caKey: caKey, directory: directory)
    }

    private func issue(
        name: String, cn: String, san: String, extendedUsage: String, certificate: String, key: String,
        caKey: String, directory: TemporaryDirectory
    ) throws {
        let request = directory.path("\(name).csr")
        let extensions = try directory.write(
            "subjectAltName=\(san)\nextendedKeyUsage=\(extendedUsage)\nbasicConstraints=CA:FALSE\n", to: "\(name).ext")
        try Self.openssl([
            "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=\(cn)",
            "-keyout", key, "-out", request,
        ])
        try Self.openssl([
            "x509", "-req", "-in", request, "-CA", caCertificate, "-CAkey", caKey, "-CAcreateserial", "-days", "2",
            "-extfile", extensions, "-out", certificate,
        ])
    }

    private static func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw TestSupportError("openssl \(arguments.first ?? "") failed: \(text)")
        }
    }
}

/// A failure of the test support itself (not of the code under test).
public struct TestSupportError: Error, CustomStringConvertible {
    /// What went wrong, with the output that explains it.
    public let description: String
    /// A failure described by `description`.
    public init(_ description: String) { self.description = description }
}
