package org.peipao.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user name and per client address; after {@code maxFailures} in a row the name
 * or address is locked out for a while. A success clears the name's count. Memory is bounded, and a flood of
 * failures from many addresses does not lift the lockout of a name.
 */
class LoginThrottle {

    static final int MAX_TRACKED = 50_000;
    private static final String USER = "user:";
    private static final String ADDRESS = "address:";

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    LoginThrottle(Clock clock, SecurityProperties.Login settings) {
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.lockout = settings.lockout();
    }

    /** How long the user or address must still wait, if either is locked out. */
    Optional<Duration> lockedOut(String user, String address) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(userKey(user), addressKey(address))
                .map(failures::get)
                .filter(f -> f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now))
                .map(f -> Duration.between(now, f.lockedUntil()))
                .max(Duration::compareTo);
    }

    void failed(String user, String address) {
        makeRoom();
        count(userKey(user));
        count(addressKey(address));
    }

    /**
     * Bounds memory without lifting a lockout: running counts and expired locks go first; if locks alone fill the
     * table (sign-ins from a great many addresses), the addresses' locks go, and the names' locks stay.
     */
    private void makeRoom() {
        if (failures.size() < MAX_TRACKED) {
            return;
        }
        Instant now = clock.instant();
        failures.values().removeIf(f -> f.lockedUntil() == null || !f.lockedUntil().isAfter(now));
        if (failures.size() >= MAX_TRACKED) {
            failures.keySet().removeIf(key -> key.startsWith(ADDRESS));
        }
    }

    void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, previous) -> {
            int count = previous == null || (previous.lockedUntil() != null && !previous.lockedUntil().isAfter(now))
                    ? 1 : previous.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    private static String userKey(String user) {
        return USER + user;
    }

    private static String addressKey(String address) {
        return ADDRESS + address;
    }
}
