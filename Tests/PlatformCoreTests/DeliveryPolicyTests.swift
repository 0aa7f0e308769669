import PlatformCore
import Testing

@Suite("DeliveryPolicy")
struct DeliveryPolicyTests {
    @Test("the delay doubles from the base delay and stops at the cap")
    func delayDoublesAndCaps() {
        let policy = DeliveryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(10), maxAttempts: 100)
        let delays = (1...7).map { policy.delay(afterFailures: $0) }
        #expect(
            delays == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(10), .seconds(10), .seconds(10)])
    }

    @Test("the cap holds for a cap that is no power of two of the base, and for huge failure counts")
    func capHoldsWithoutOverflow() {
        let policy = DeliveryPolicy(baseDelay: .milliseconds(300), maxDelay: .seconds(1))
        #expect(policy.delay(afterFailures: 1) == .milliseconds(300))
        #expect(policy.delay(afterFailures: 2) == .milliseconds(600))
        #expect(policy.delay(afterFailures: 3) == .seconds(1))
        #expect(policy.delay(afterFailures: 10_000) == .seconds(1))
        #expect(policy.delay(afterFailures: .max) == .seconds(1))
    }

    @Test("zero failures and a base above the cap still give a delay within the cap")
    func degenerateInputs() {
        #expect(DeliveryPolicy(baseDelay: .seconds(2), maxDelay: .seconds(10)).delay(afterFailures: 0) == .seconds(2))
        #expect(DeliveryPolicy(baseDelay: .seconds(20), maxDelay: .seconds(10)).delay(afterFailures: 1) == .seconds(10))
    }

    @Test("the default policy reaches the ten-minute cap after ten failures")
    func defaultPolicy() {
        let policy = DeliveryPolicy()
        #expect(policy.delay(afterFailures: 1) == .seconds(1))
        #expect(policy.delay(afterFailures: 10) == .seconds(512))
        #expect(policy.delay(afterFailures: 11) == .seconds(600))
        #expect(policy.maxAttempts == 150)
    }

    @Test("a delivered message is completed, whatever failures came before", arguments: [0, 1, 149])
    func deliveredCompletes(previousFailures: Int) {
        #expect(DeliveryPolicy().action(after: .delivered, previousFailures: previousFailures) == .complete)
    }

    @Test("a permanent failure abandons at once, with the receiver's reason")
    func permanentFailureAbandons() {
        let policy = DeliveryPolicy(maxAttempts: 10)
        #expect(
            policy.action(after: .failedPermanently(reason: "HTTP 404"), previousFailures: 0)
                == .abandon(reason: "HTTP 404"))
        #expect(
            policy.action(after: .failedPermanently(reason: "HTTP 410"), previousFailures: 3)
                == .abandon(reason: "HTTP 410"))
    }

    @Test("a temporary failure is retried with growing delays until maxAttempts, then abandoned")
    func temporaryFailureRetriesThenAbandons() {
        let policy = DeliveryPolicy(baseDelay: .seconds(5), maxDelay: .seconds(60), maxAttempts: 4)
        let outcome = DeliveryOutcome.failedTemporarily(reason: "HTTP 503")
        let actions = (0..<4).map { policy.action(after: outcome, previousFailures: $0) }
        #expect(
            actions == [
                .retry(after: .seconds(5), reason: "HTTP 503"),
                .retry(after: .seconds(10), reason: "HTTP 503"),
                .retry(after: .seconds(20), reason: "HTTP 503"),
                .abandon(reason: "gave up after 4 attempts: HTTP 503"),
            ])
    }

    @Test("maxAttempts below one is raised to one: the first temporary failure abandons")
    func maxAttemptsAtLeastOne() {
        let policy = DeliveryPolicy(maxAttempts: 0)
        #expect(policy.maxAttempts == 1)
        #expect(
            policy.action(after: .failedTemporarily(reason: "timeout"), previousFailures: 0)
                == .abandon(reason: "gave up after 1 attempts: timeout"))
    }
}
