package org.peipao.ops.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The rules of {@link SecurityProperties.Login}: wrong passwords lock an account, with back-off; an address is only
 * counted, so that its failures can answer {@code 429} at rates no office reaches. Wrong passwords are kept only as
 * 64 bits of their {@link Fingerprints}, for as long as they count.
 * <p>
 * Memory is bounded: accounts' failures, accounts' locks and addresses' failures are kept apart, at most
 * {@link #MAX_TRACKED} of each, so that a flood of failures cannot push out a lock. When a table is full, what no
 * longer counts goes first, then the oldest (of locks, the soonest to end) until it is nine tenths full: a lock goes
 * only when locks alone fill their table, which takes an attacker {@code maxFailures} different passwords for each of
 * {@code MAX_TRACKED} names.
 */
class LoginThrottle {

    static final int MAX_TRACKED = 50_000;
    private static final int LOW_WATER = MAX_TRACKED * 9 / 10;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final SecurityProperties.Login rules;
    private final Fingerprints fingerprints = new Fingerprints();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Lock> locks = new ConcurrentHashMap<>();
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();

    /** The different wrong passwords tried on an account, the latest at {@code last}. */
    private record Failures(Set<Long> passwords, Instant last) {
    }

    /** An account's latest lock: how long it is and when it ends. */
    private record Lock(Duration length, Instant until) {
    }

    /** An address's failed sign-ins since {@code start}. */
    private record Window(Instant start, int failures) {
    }

    LoginThrottle(Clock clock, SecurityProperties.Login rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /** How long the account must still wait, if it is locked. */
    Optional<Duration> accountLocked(String user) {
        Lock lock = locks.get(user);
        return lock == null ? Optional.empty() : remaining(lock.until());
    }

    /** How long the address stays over its failure rate, if it is. */
    Optional<Duration> addressThrottled(String address) {
        Window window = addresses.get(address);
        return window == null || window.failures() <= rules.addressMaxFailures() ? Optional.empty()
                : remaining(window.start().plus(rules.addressWindow()));
    }

    /** Counts a wrong password, unless the account's failures already hold it: a repeat is not a guess. */
    synchronized void failed(String user, String password, String address) {
        Instant now = clock.instant();
        Long fingerprint = ByteBuffer.wrap(fingerprints.of(user, password)).getLong();
        Failures previous = failures.get(user);
        Set<Long> tried = new HashSet<>();
        if (previous != null && !stale(previous, now)) {
            tried.addAll(previous.passwords());
        }
        if (!tried.add(fingerprint)) {
            return;
        }
        if (tried.size() >= rules.maxFailures()) {
            failures.remove(user);
            lock(user, now);
        } else {
            makeRoom(failures, user, spent -> stale(spent, now), Comparator.comparing(Failures::last));
            failures.put(user, new Failures(Set.copyOf(tried), now));
        }
        countAddress(address, now);
    }

    /** A correct password starts the account over: no failures, no back-off. */
    synchronized void succeeded(String user) {
        failures.remove(user);
        locks.remove(user);
    }

    private void lock(String user, Instant now) {
        Lock previous = locks.get(user);
        Duration length = previous == null || forgotten(previous, now) ? rules.firstLockout()
                : min(previous.length().multipliedBy(2), rules.maxLockout());
        makeRoom(locks, user, lock -> forgotten(lock, now), Comparator.comparing(Lock::until));
        locks.put(user, new Lock(length, now.plus(length)));
    }

    private void countAddress(String address, Instant now) {
        Window window = addresses.get(address);
        if (window == null || !window.start().plus(rules.addressWindow()).isAfter(now)) {
            makeRoom(addresses, address, spent -> !spent.start().plus(rules.addressWindow()).isAfter(now),
                    Comparator.comparing(Window::start));
            window = new Window(now, 0);
        }
        window = new Window(window.start(), window.failures() + 1);
        addresses.put(address, window);
        if (window.failures() == rules.addressMaxFailures() + 1) {
            log.warn("More than {} failed sign-ins from {} since {}: its failed sign-ins answer 429 until {}",
                    rules.addressMaxFailures(), address, window.start(), window.start().plus(rules.addressWindow()));
        }
    }

    /** Whether an account's failures have gone stale: the next one starts over. */
    private boolean stale(Failures failed, Instant now) {
        return failed.last().plus(rules.failureWindow()).isBefore(now);
    }

    /** Whether a lock ended long enough ago ({@code maxLockout}) for the back-off to start over. */
    private boolean forgotten(Lock lock, Instant now) {
        return !lock.until().plus(rules.maxLockout()).isAfter(now);
    }

    private Optional<Duration> remaining(Instant until) {
        Instant now = clock.instant();
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Before a new key goes into a full table: drops what is spent, then, if the table is still nine tenths
     * full, the entries that come first in {@code dropFirst} until it is below that.
     */
    private static <V> void makeRoom(Map<String, V> table, String key, Predicate<V> spent, Comparator<V> dropFirst) {
        if (table.size() < MAX_TRACKED || table.containsKey(key)) {
            return;
        }
        table.values().removeIf(spent);
        if (table.size() >= LOW_WATER) {
            table.entrySet().stream().sorted(Map.Entry.comparingByValue(dropFirst))
                    .limit(table.size() - LOW_WATER + 1L).map(Map.Entry::getKey).toList()
                    .forEach(table::remove);
        }
    }
}
