package org.peipao.bench;

import org.springframework.security.crypto.bcrypt.BCrypt;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The user the harness signs in as: configured through the server's environment with a password made for this
 * run, so the harness never reads the random initial password and never trips the login throttle.
 */
final class BenchUser {

    static final String NAME = "bench";

    private static final String PASSWORD = randomPassword();
    private static final String HASH = "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10));

    private BenchUser() {
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String password() {
        return PASSWORD;
    }

    /** In Spring's form, as the server's configured users take it. */
    static String passwordHash() {
        return HASH;
    }
}
