package org.peipao.ops.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently verified credentials for a few minutes. bcrypt is slow on purpose (tens of milliseconds
 * per check), and HTTP Basic sends the password with every request: without this, two cores would spend
 * most of their time re-hashing the same password. Credentials are remembered only as their
 * {@link Fingerprints}.
 */
class VerifiedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Clock clock;
    private final Duration ttl;
    private final Fingerprints fingerprints = new Fingerprints();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, Instant until) {
    }

    VerifiedCredentials(AuthenticationProvider delegate, Clock clock, Duration ttl) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String fingerprint = Base64.getEncoder().encodeToString(
                fingerprints.of(attempt.getName(), String.valueOf(attempt.getCredentials())));
        Instant now = clock.instant();
        Remembered known = remembered.get(fingerprint);
        if (known != null && known.until().isAfter(now)) {
            return known.authentication();
        }
        Authentication verified = delegate.authenticate(attempt);
        if (verified != null) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
            remembered.put(fingerprint, new Remembered(verified, now.plus(ttl)));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
