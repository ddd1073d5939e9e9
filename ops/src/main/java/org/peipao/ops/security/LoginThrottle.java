package org.peipao.ops.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Counts failed sign-ins per user name and per client address; after {@code maxFailures} in a row (each within the
 * lockout period of the one before) the name or address is locked out for the lockout period. A success clears the
 * name's count.
 * <p>
 * Memory is bounded, counts and locks apart, so that a flood of failures cannot push out a lock, nor locks the
 * counts that lead to one. When the counts are full, stale ones go, then the oldest. When the locks are full,
 * expired ones go, then the addresses'; names' locks go (soonest to expire first) only when they alone fill the
 * table, which takes an attacker {@code maxFailures} failures per name from addresses not locked out themselves.
 */
class LoginThrottle {

    static final int MAX_TRACKED = 50_000;
    private static final int LOW_WATER = MAX_TRACKED * 9 / 10;
    private static final String USER = "user:";
    private static final String ADDRESS = "address:";

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Instant> locks = new ConcurrentHashMap<>();

    private record Count(int failures, Instant last) {
    }

    LoginThrottle(Clock clock, SecurityProperties.Login settings) {
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.lockout = settings.lockout();
    }

    /** How long the user or address must still wait, if either is locked out. */
    Optional<Duration> lockedOut(String user, String address) {
        Instant now = clock.instant();
        return Stream.of(userKey(user), addressKey(address))
                .map(locks::get)
                .filter(until -> until != null && until.isAfter(now))
                .map(until -> Duration.between(now, until))
                .max(Duration::compareTo);
    }

    synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        count(userKey(user), now);
        count(addressKey(address), now);
    }

    synchronized void succeeded(String user) {
        counts.remove(userKey(user));
    }

    private void count(String key, Instant now) {
        if (counts.size() >= MAX_TRACKED && !counts.containsKey(key)) {
            pruneCounts(now);
        }
        Count count = counts.merge(key, new Count(1, now), (previous, first) ->
                previous.last().plus(lockout).isBefore(now) ? first : new Count(previous.failures() + 1, now));
        if (count.failures() >= maxFailures) {
            counts.remove(key);
            if (locks.size() >= MAX_TRACKED && !locks.containsKey(key)) {
                pruneLocks(now);
            }
            locks.put(key, now.plus(lockout));
        }
    }

    private void pruneCounts(Instant now) {
        counts.values().removeIf(count -> count.last().plus(lockout).isBefore(now));
        if (counts.size() >= LOW_WATER) {
            counts.entrySet().stream().sorted(Comparator.comparing(entry -> entry.getValue().last()))
                    .limit(counts.size() - MAX_TRACKED / 2L).map(Map.Entry::getKey).toList()
                    .forEach(counts::remove);
        }
    }

    private void pruneLocks(Instant now) {
        locks.values().removeIf(until -> !until.isAfter(now));
        if (locks.size() >= LOW_WATER) {
            locks.keySet().removeIf(key -> key.startsWith(ADDRESS));
        }
        if (locks.size() >= LOW_WATER) {
            locks.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .limit(locks.size() - LOW_WATER + 1L).map(Map.Entry::getKey).toList()
                    .forEach(locks::remove);
        }
    }

    private static String userKey(String user) {
        return USER + user;
    }

    private static String addressKey(String address) {
        return ADDRESS + address;
    }
}
