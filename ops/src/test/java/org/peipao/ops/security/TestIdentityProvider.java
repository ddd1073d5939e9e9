package org.peipao.ops.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.peipao.ops.support.Api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The identity provider of the JWT-mode tests: the test itself. It signs tokens with an RSA key it made and serves
 * the public half as a JWK set on a local port, for {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}.
 * Registered as an extension of a test class, it stops serving after the class.
 */
final class TestIdentityProvider implements AutoCloseable, AfterAllCallback {

    static final String AUDIENCE = "peipao";
    private static final String KEY_ID = "peipao-test-key";

    private final RSAKey key = rsaKey();
    private final HttpServer jwks = jwksServer(new JWKSet(key.toPublicJWK()).toString());

    String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json";
    }

    /** Claims of a token valid for ten minutes for this application's audience. */
    static JWTClaimsSet.Builder claims(String subject, String... roles) {
        return new JWTClaimsSet.Builder().subject(subject).audience(AUDIENCE).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).claim("roles", List.of(roles));
    }

    String token(JWTClaimsSet.Builder claims) {
        return sign(key, claims);
    }

    static Api bearer(int port, String token) {
        return new Api("http://localhost:" + port, headers -> headers.setBearerAuth(token));
    }

    /** A token signed by {@code key}, with this provider's key id. */
    static String sign(RSAKey key, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh key under this provider's key id: a token it signs differs from a genuine one only in its signature. */
    static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        jwks.stop(0);
    }

    private static HttpServer jwksServer(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
