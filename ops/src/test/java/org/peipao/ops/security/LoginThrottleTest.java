package org.peipao.ops.security;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final SecurityProperties.Login RULES = new SecurityProperties.Login(3, Duration.ofMinutes(5),
            Duration.ofMinutes(1), Duration.ofMinutes(4), 10, Duration.ofMinutes(1));

    private final MovableClock clock = new MovableClock(Instant.parse("2025-11-16T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, RULES);

    /** Three different wrong passwords for {@code user}, from three addresses. */
    private void lock(String user) {
        for (int i = 0; i < 3; i++) {
            throttle.failed(user, "guess-" + i, "10.0.0." + i);
        }
    }

    @Test
    void anAccountIsLockedAfterTheConfiguredDifferentWrongPasswords() {
        throttle.failed("admin", "guess-1", "10.0.0.1");
        throttle.failed("admin", "guess-2", "10.0.0.2");
        assertThat(throttle.accountLocked("admin")).isEmpty();
        throttle.failed("admin", "guess-3", "10.0.0.3");
        assertThat(throttle.accountLocked("admin")).contains(Duration.ofMinutes(1));
        assertThat(throttle.accountLocked("auditor")).isEmpty();
    }

    @Test
    void theSameWrongPasswordAgainCountsOnce() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", "pässwörd in the wrong encoding", "10.0.0.1");
        }
        throttle.failed("admin", "guess-2", "10.0.0.1");
        assertThat(throttle.accountLocked("admin")).as("a client that retries is not guessing").isEmpty();
        assertThat(throttle.addressThrottled("10.0.0.1")).as("nor does it count for its address").isEmpty();
        throttle.failed("admin", "guess-3", "10.0.0.1");
        assertThat(throttle.accountLocked("admin")).contains(Duration.ofMinutes(1));
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToTheLongest() {
        for (Duration expected : new Duration[]{Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(4)}) {
            lock("admin");
            assertThat(throttle.accountLocked("admin")).contains(expected);
            clock.advance(expected);
            assertThat(throttle.accountLocked("admin")).isEmpty();
        }
    }

    @Test
    void aSuccessStartsTheAccountOver() {
        lock("admin");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("admin", "guess-1", "10.0.0.1");
        throttle.failed("admin", "guess-2", "10.0.0.1");
        throttle.succeeded("admin");
        throttle.failed("admin", "guess-3", "10.0.0.1");
        assertThat(throttle.accountLocked("admin")).as("the count starts over").isEmpty();
        lock("admin");
        assertThat(throttle.accountLocked("admin")).as("and so does the back-off").contains(Duration.ofMinutes(1));
    }

    @Test
    void theBackOffStartsOverOnceTheLongestLockHasPassedAfterALock() {
        lock("admin");
        lock("auditor");
        clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(4)).minusSeconds(1));
        lock("admin");
        assertThat(throttle.accountLocked("admin")).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofSeconds(1));
        lock("auditor");
        assertThat(throttle.accountLocked("auditor")).contains(Duration.ofMinutes(1));
    }

    @Test
    void failuresFurtherApartThanTheWindowStartOver() {
        throttle.failed("admin", "guess-1", "10.0.0.1");
        throttle.failed("admin", "guess-2", "10.0.0.2");
        clock.advance(Duration.ofMinutes(6));
        throttle.failed("admin", "guess-3", "10.0.0.3");
        assertThat(throttle.accountLocked("admin")).isEmpty();
    }

    @Test
    void aLockEndsAfterItsPeriod() {
        lock("admin");
        clock.advance(Duration.ofSeconds(45));
        assertThat(throttle.accountLocked("admin")).contains(Duration.ofSeconds(15));
        clock.advance(Duration.ofSeconds(15));
        assertThat(throttle.accountLocked("admin")).isEmpty();
    }

    @Test
    void failuresFromOneAddressNeverLockAnotherAccount() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("colleague-" + i % 500, "guess-" + i, "192.0.2.1");
        }
        assertThat(throttle.accountLocked("admin")).as("behind one NAT, nobody locks out everybody").isEmpty();
        assertThat(throttle.addressThrottled("192.0.2.1")).isPresent();
    }

    @Test
    void anAddressIsOverItsRateAboveTheLimitWithinItsWindowOnly() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user-" + i, "guess", "192.0.2.1");
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(throttle.addressThrottled("192.0.2.1")).as("ten failures are the limit, not over it").isEmpty();
        throttle.failed("user-10", "guess", "192.0.2.1");
        assertThat(throttle.addressThrottled("192.0.2.1")).contains(Duration.ofSeconds(10));
        assertThat(throttle.addressThrottled("192.0.2.2")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.addressThrottled("192.0.2.1")).isEmpty();
        throttle.failed("user-11", "guess", "192.0.2.1");
        assertThat(throttle.addressThrottled("192.0.2.1")).as("a new window counts from one").isEmpty();
    }

    @Test
    void aFloodOfFailuresFromManyAddressesDoesNotLiftALock() {
        lock("admin");
        for (int i = 0; i < LoginThrottle.MAX_TRACKED * 2; i++) {
            throttle.failed("guess-" + i, "guess", "203.0." + (i / 256 % 256) + "." + (i % 256) + ":" + i);
        }
        assertThat(throttle.accountLocked("admin")).contains(Duration.ofMinutes(1));
    }

    @Test
    void locksFillingTheTableDoNotStopAnAccountFromBeingLocked() {
        // accounts locked from addresses that never fail often enough to be over their rate
        int address = 0;
        for (int name = 0; name < LoginThrottle.MAX_TRACKED - 1; name++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                throttle.failed("junk-" + name, "guess-" + attempt, "2001:db8::" + Integer.toHexString(address++));
            }
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(throttle.accountLocked("admin")).as("attempt %d", attempt).isEmpty();
            throttle.failed("admin", "guess-" + attempt, "198.51.100." + attempt);
            throttle.failed("junk-again-" + attempt, "guess", "2001:db8:1::" + attempt); // interleaved junk
        }
        assertThat(throttle.accountLocked("admin")).contains(Duration.ofMinutes(1));
    }

    @Test
    void theRulesAreValidated() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(RULES)).isEmpty();
        assertThat(validator.validate(new SecurityProperties.Login(0, Duration.ofMinutes(5), Duration.ofMinutes(1),
                Duration.ofMinutes(4), 10, Duration.ofMinutes(1)))).hasSize(1);
        assertThat(validator.validate(new SecurityProperties.Login(3, Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofMinutes(4), 10, Duration.ofMinutes(1)))).as("first lock longer than the longest").hasSize(1);
        assertThat(validator.validate(new SecurityProperties.Login(3, Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofMinutes(4), 10, Duration.ofMinutes(1)))).as("an empty window").hasSize(1);
    }
}
