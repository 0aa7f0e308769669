import ArgumentParser
import HostKit

/// The `roamwire` executable: everything lives in HostKit.
@main
struct Roamwire: AsyncParsableCommand {
    static let configuration = RoamwireCLI.configuration
}
