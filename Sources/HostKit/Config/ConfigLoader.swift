import Foundation
import Logging
import PlatformCore
import Yams

/// Reads and validates a deployment's config file, reporting every problem at once.
struct ConfigLoader {
    var registry: PluginRegistry = .standard
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Loads `file`.
    /// - Throws: ``ConfigurationError`` with every problem found.
    func load(file: String) throws(ConfigurationError) -> DeploymentConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigurationError(problems: [
                ConfigProblem(file: file, keyPath: "", reason: "cannot read the file (\(Self.describe(error)))")
            ])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(problems: [
                ConfigProblem(file: file, keyPath: "", reason: "not valid YAML: \(error)")
            ])
        }
        let problems = ConfigReader.Problems()
        let reader = ConfigReader(file: file, path: "", node: root, problems: problems, environment: environment)
        guard root?.mapping != nil else {
            throw ConfigurationError(problems: [
                ConfigProblem(
                    file: file, keyPath: "", reason: "expected a mapping with parties, listeners, storage, ...")
            ])
        }
        reader.rejectUnknownKeys(allowed: [
            "parties", "listeners", "storage", "protocols", "partners", "plugins", "logging", "outbox",
        ])
        let parties = readParties(reader.child("parties"))
        let configuration = DeploymentConfiguration(
            file: file,
            parties: parties,
            listeners: readListeners(reader.child("listeners")),
            storage: readStorage(reader.child("storage")),
            partners: readPartners(reader.child("partners")),
            plugins: readProtocols(reader.child("protocols")) + roles(for: parties, reader: reader.child("parties"))
                + readPlugins(reader.child("plugins")),
            logging: readLogging(reader.child("logging")),
            outbox: readOutbox(reader.child("outbox"))
        )
        guard problems.list.isEmpty else { throw ConfigurationError(problems: problems.list) }
        return configuration
    }

    static func describe(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

// MARK: - Sections

extension ConfigLoader {
    func readParties(_ reader: ConfigReader) -> [Party] {
        let entries = reader.items()
        if entries.isEmpty { reader.report(reason: "list at least one of our parties (country_code, party_id, role)") }
        var seen: Set<String> = []
        return entries.compactMap { entry -> Party? in
            entry.rejectUnknownKeys(allowed: ["country_code", "party_id", "role", "business_details"])
            let country = entry.child("country_code").requiredString()
            let partyCode = entry.child("party_id").requiredString()
            let role: PartyRole = entry.child("role").oneOf(default: .other)
            if !entry.child("role").isPresent { entry.child("role").report(reason: "required key is missing") }
            let details = entry.child("business_details")
            details.rejectUnknownKeys(allowed: ["name", "website"])
            let name = details.child("name").requiredString()
            guard let country, let partyCode, let name else { return nil }
            let id: PartyID
            do throws(PartyIDError) {
                id = try PartyID(countryCode: country, partyID: partyCode)
            } catch {
                let key = error.reason.hasPrefix("country") ? "country_code" : "party_id"
                entry.child(key).report(reason: error.reason)
                return nil
            }
            if !seen.insert("\(id)/\(role.rawValue)").inserted {
                entry.report(reason: "\(id) as \(role.rawValue) is listed twice")
            }
            return Party(
                id: id, role: role,
                businessDetails: BusinessDetails(name: name, website: details.child("website").string()))
        }
    }

    func readListeners(_ reader: ConfigReader) -> ListenersConfiguration {
        reader.rejectUnknownKeys(allowed: ["partner", "operator"])
        let partner = readListener(reader.child("partner"), defaultPort: 8080, extraKeys: [])
        let operatorReader = reader.child("operator")
        let operatorListener = readListener(operatorReader, defaultPort: 9090, extraKeys: ["api_keys"])
        let keysReader = operatorReader.child("api_keys")
        let apiKeys = keysReader.strings()
        if keysReader.items().isEmpty {
            keysReader.report(reason: "list at least one API key (e.g. \"${ROAMWIRE_OPERATOR_API_KEY}\")")
        }
        for (index, key) in apiKeys.enumerated() where key.count < 16 {
            keysReader.items()[index].report(reason: "API keys must be at least 16 characters")
        }
        if partner.port != 0, partner.port == operatorListener.port {
            operatorReader.child("port").report(
                reason: "port \(partner.port) clashes with listeners.partner.port; the listeners need different ports")
        }
        return ListenersConfiguration(
            partner: partner,
            operatorListener: OperatorListenerConfiguration(listener: operatorListener, apiKeys: apiKeys))
    }

    private func readListener(_ reader: ConfigReader, defaultPort: Int, extraKeys: [String]) -> ListenerConfiguration {
        reader.rejectUnknownKeys(
            allowed: ["host", "port", "public_url", "tls", "insecure_http", "max_body_bytes"] + extraKeys)
        let tlsReader = reader.child("tls")
        var tls: TLSFiles?
        if tlsReader.isPresent {
            tlsReader.rejectUnknownKeys(allowed: ["certificate", "key", "client_ca"])
            let certificate = readableFile(tlsReader.child("certificate"), required: true)
            let key = readableFile(tlsReader.child("key"), required: true)
            let clientCA = readableFile(tlsReader.child("client_ca"), required: false)
            if let certificate, let key { tls = TLSFiles(certificate: certificate, key: key, clientCA: clientCA) }
        }
        let listener = ListenerConfiguration(
            host: reader.child("host").string() ?? "127.0.0.1",
            port: reader.child("port").int(default: defaultPort, in: 0...65535),
            publicURL: reader.child("public_url").string(),
            tls: tls,
            insecureHTTP: reader.child("insecure_http").bool(default: false),
            maxBodyBytes: reader.child("max_body_bytes").int(default: 1 << 20, in: 1024...(64 << 20))
        )
        if let url = listener.publicURL, URL(string: url)?.scheme?.hasPrefix("http") != true {
            reader.child("public_url").report(reason: "expected an http or https URL, found '\(url)'")
        }
        if listener.tls == nil, !tlsReader.isPresent, !listener.isLoopback, !listener.insecureHTTP {
            tlsReader.report(
                reason: "required when binding \(listener.host): give certificate and key, or set insecure_http: true")
        }
        return listener
    }

    private func readableFile(_ reader: ConfigReader, required: Bool) -> String? {
        guard reader.isPresent else {
            if required { reader.report(reason: "required key is missing") }
            return nil
        }
        guard let path = reader.string() else { return nil }
        guard FileManager.default.isReadableFile(atPath: path) else {
            reader.report(reason: "cannot read file '\(path)'")
            return nil
        }
        return path
    }

    func readStorage(_ reader: ConfigReader) -> StorageConfiguration {
        reader.rejectUnknownKeys(allowed: ["sqlite", "postgres"])
        if reader.child("postgres").isPresent {
            reader.child("postgres").report(reason: "PostgreSQL storage is not part of this build yet; use sqlite")
        }
        let sqlite = reader.child("sqlite")
        sqlite.rejectUnknownKeys(allowed: ["path"])
        return .sqlite(path: sqlite.child("path").string() ?? "data/roamwire.sqlite")
    }

    func readProtocols(_ reader: ConfigReader) -> [PluginSelection] {
        reader.rejectUnknownKeys(allowed: registry.protocols.keys.sorted())
        return registry.protocols.keys.sorted().compactMap { name in
            let block = reader.child(name)
            guard block.child("enabled").bool(default: false), let factory = registry.protocols[name] else {
                return nil
            }
            return selection(factory, block: block)
        }
    }

    func roles(for parties: [Party], reader: ConfigReader) -> [PluginSelection] {
        let roles = Set(parties.map(\.role))
        return PartyRole.allCases.filter(roles.contains).compactMap { role in
            guard let factory = registry.roles[role] else {
                reader.report(reason: "this build has no behaviour for the role \(role.rawValue)")
                return nil
            }
            let noBlock = ConfigReader(
                file: reader.file, path: reader.path, node: nil, problems: reader.problems, environment: environment)
            return selection(factory, block: noBlock)
        }
    }

    func readPlugins(_ reader: ConfigReader) -> [PluginSelection] {
        var seen: Set<String> = []
        return reader.items().compactMap { entry in
            entry.rejectUnknownKeys(allowed: ["name", "config"])
            guard let name = entry.child("name").requiredString() else { return nil }
            if registry.protocols[name] != nil {
                entry.child("name").report(reason: "'\(name)' is built in: enable it with protocols.\(name).enabled")
                return nil
            }
            guard let factory = registry.integrations[PluginID(rawValue: name)] else {
                let known = registry.integrationNames.joined(separator: ", ")
                entry.child("name").report(reason: "unknown plugin '\(name)' (this build has: \(known))")
                return nil
            }
            if !seen.insert(name).inserted { entry.child("name").report(reason: "plugin '\(name)' is listed twice") }
            return selection(factory, block: entry.child("config"))
        }
    }

    private func selection(_ factory: PluginFactory, block reader: ConfigReader) -> PluginSelection {
        let block = PluginConfigBlock(json: reader.json(), file: reader.file, keyPath: reader.path)
        reader.problems.list += factory.problems(in: block)
        return PluginSelection(factory: factory, block: block)
    }

    func readPartners(_ reader: ConfigReader) -> [DeclaredPartner] {
        var seen: Set<String> = []
        return reader.items().compactMap { entry in
            entry.rejectUnknownKeys(allowed: ["id", "name", "protocol"])
            let id = entry.child("id").requiredString()
            let name = entry.child("name").string() ?? id
            let roamingProtocol: RoamingProtocol = entry.child("protocol").oneOf(default: .ocpi)
            guard let id, let name else { return nil }
            if !seen.insert(id).inserted { entry.child("id").report(reason: "partner '\(id)' is listed twice") }
            return DeclaredPartner(id: PartnerID(rawValue: id), name: name, roamingProtocol: roamingProtocol)
        }
    }

    func readLogging(_ reader: ConfigReader) -> LoggingConfiguration {
        reader.rejectUnknownKeys(allowed: ["level", "format"])
        return LoggingConfiguration(
            level: reader.child("level").oneOf(default: .info),
            format: reader.child("format").oneOf(default: .text))
    }

    func readOutbox(_ reader: ConfigReader) -> OutboxWorker.Configuration {
        reader.rejectUnknownKeys(allowed: [
            "batch_size", "poll_interval_ms", "lease_seconds", "max_attempts", "base_delay_ms", "max_delay_seconds",
        ])
        let defaults = OutboxWorker.Configuration()
        return OutboxWorker.Configuration(
            batchSize: reader.child("batch_size").int(default: defaults.batchSize, in: 1...1000),
            lease: .seconds(reader.child("lease_seconds").int(default: 300, in: 5...86_400)),
            pollInterval: .milliseconds(reader.child("poll_interval_ms").int(default: 1000, in: 10...600_000)),
            policy: DeliveryPolicy(
                baseDelay: .milliseconds(reader.child("base_delay_ms").int(default: 1000, in: 1...3_600_000)),
                maxDelay: .seconds(reader.child("max_delay_seconds").int(default: 600, in: 1...86_400)),
                maxAttempts: reader.child("max_attempts").int(default: defaults.policy.maxAttempts, in: 1...100_000)))
    }
}
