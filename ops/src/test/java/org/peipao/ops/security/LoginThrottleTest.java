package org.peipao.ops.security;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-11-16T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock,
            new SecurityProperties.Login(3, Duration.ofMinutes(5)));

    @Test
    void aNameIsLockedOutAfterTheConfiguredFailuresInARow() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.2");
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).isEmpty();
        throttle.failed("admin", "10.0.0.3");
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).contains(Duration.ofMinutes(5));
    }

    @Test
    void aFloodOfFailuresFromManyAddressesDoesNotLiftANamesLockout() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        for (int i = 0; i < LoginThrottle.MAX_TRACKED * 2; i++) {
            throttle.failed("guess-" + i, "203.0." + (i / 256 % 256) + "." + (i % 256) + ":" + i);
        }
        assertThat(throttle.lockedOut("admin", "192.168.1.1")).contains(Duration.ofMinutes(5));
    }

    @Test
    void locksFillingTheTableDoNotStopANameFromBeingLockedOut() {
        // names locked out from addresses that never fail often enough to be locked out themselves
        int address = 0;
        for (int name = 0; name < LoginThrottle.MAX_TRACKED - 1; name++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                throttle.failed("junk-" + name, "2001:db8::" + Integer.toHexString(address++));
            }
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(throttle.lockedOut("admin", "10.0.0.9")).as("attempt %d", attempt).isEmpty();
            throttle.failed("admin", "198.51.100." + attempt);
            throttle.failed("junk-again-" + attempt, "2001:db8:1::" + attempt); // interleaved junk
        }
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).contains(Duration.ofMinutes(5));
    }

    @Test
    void failuresFurtherApartThanTheLockoutPeriodStartOver() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.2");
        clock.advance(Duration.ofMinutes(6));
        throttle.failed("admin", "10.0.0.3");
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).isEmpty();
    }

    @Test
    void aLockoutEndsAfterItsPeriod() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("admin", "10.0.0." + i);
        }
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesCount() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.2");
        throttle.succeeded("admin");
        throttle.failed("admin", "10.0.0.3");
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).isEmpty();
    }
}
