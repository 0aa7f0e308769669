import PlatformCore

/// The credentials lifecycle of one partner as OCPI 2.2.1 §5 draws it, in both directions. Pure:
/// it says whether a step may start, the state while it runs and the state it leaves behind;
/// the async code around it does the calls.
struct CredentialsHandshake: Sendable, Hashable {
    /// One step of the lifecycle.
    enum Step: Sendable, Hashable {
        /// We issue a registration token (A) and wait for them.
        case issueRegistrationToken
        /// They POST their credentials to us (with token A).
        case theyRegister
        /// They PUT new credentials (rotation or version change).
        case theyUpdate
        /// They DELETE their registration.
        case theyUnregister
        /// We POST our credentials to them (with the token A they gave us).
        case weRegister
        /// We PUT new credentials to them.
        case weUpdate
        /// We DELETE our registration with them (or just withdraw access locally); also the way
        /// out of a handshake that never finished.
        case weUnregister
    }

    /// Why a step may not start now.
    enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case alreadyRegistered
        case notRegistered
        case handshakeUnderWay

        var description: String {
            switch self {
            case .alreadyRegistered: "the partner is registered already: update or unregister first"
            case .notRegistered: "the partner is not registered"
            case .handshakeUnderWay: "a credentials handshake with this partner is under way"
            }
        }
    }

    private(set) var state: CredentialsState

    init(state: CredentialsState) {
        self.state = state
    }

    /// Starts `step`, moving to the state it runs in.
    mutating func begin(_ step: Step) throws(Refusal) {
        if state == .registering, step != .weUnregister { throw .handshakeUnderWay }
        switch step {
        case .issueRegistrationToken, .theyRegister, .weRegister:
            guard state != .registered else { throw .alreadyRegistered }
            state = step == .issueRegistrationToken ? .awaitingRegistration : .registering
        case .theyUpdate, .theyUnregister, .weUpdate:
            guard state == .registered else { throw .notRegistered }
        case .weUnregister:
            break
        }
    }

    /// Ends `step` and returns the state it leaves: registration failures leave the partner
    /// `FAILED` (a registration token stays usable), failed updates keep the old registration.
    @discardableResult
    mutating func finish(_ step: Step, succeeded: Bool) -> CredentialsState {
        switch step {
        case .issueRegistrationToken:
            state = .awaitingRegistration
        case .theyRegister, .weRegister:
            state = succeeded ? .registered : .failed
        case .theyUpdate, .weUpdate:
            state = .registered
        case .theyUnregister, .weUnregister:
            state = .unregistered
        }
        return state
    }
}
