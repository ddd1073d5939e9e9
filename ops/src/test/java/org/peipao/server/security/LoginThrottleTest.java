package org.peipao.server.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-11-16T08:00:00Z"), ZoneOffset.UTC);
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
    void aSuccessClearsTheNamesCount() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.2");
        throttle.succeeded("admin");
        throttle.failed("admin", "10.0.0.3");
        assertThat(throttle.lockedOut("admin", "10.0.0.9")).isEmpty();
    }
}
