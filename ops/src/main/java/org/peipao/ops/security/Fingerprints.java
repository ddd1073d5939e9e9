package org.peipao.ops.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Keyed fingerprints of a user name and password: HMAC-SHA256 under a random key that lives and dies with the
 * instance, so that what is kept in memory can be neither reversed nor matched against a list of passwords.
 */
final class Fingerprints {

    private final SecretKeySpec key;

    Fingerprints() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The 32 bytes of HMAC-SHA256 over the name, a zero byte and the password, all in UTF-8. */
    byte[] of(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
