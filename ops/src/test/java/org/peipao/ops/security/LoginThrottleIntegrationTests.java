package org.peipao.ops.security;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * HTTP Basic under the login throttle: wrong passwords lock the account, never the address; a client repeating a
 * password is not guessing; an address over its failure rate gets 429 for its failures only; non-ASCII passwords
 * sign in, in UTF-8 or ISO-8859-1. Its own context (and throttle) and users; each test signs in from its own client
 * address, behind a trusted proxy ({@code X-Forwarded-For}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peipao.security.login.max-failures=3", "peipao.security.login.first-lockout=2s",
        "peipao.security.login.max-lockout=4s", "peipao.security.login.address-max-failures=5",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class LoginThrottleIntegrationTests {

    private static final String NON_ASCII = "pässwörd";
    private static final List<List<String>> USERS = List.of(List.of("admin", "admin-secret", "ADMIN"),
            List.of("auditor", "auditor-secret", "AUDITOR"), List.of("clerk", "clerk-secret", "AUDITOR"),
            List.of("intl", NON_ASCII, "AUDITOR"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        for (int i = 0; i < USERS.size(); i++) {
            List<String> user = USERS.get(i);
            String password = "{bcrypt}" + bcrypt.encode(user.get(1));
            registry.add("peipao.security.users[" + i + "].name", () -> user.get(0));
            registry.add("peipao.security.users[" + i + "].password", () -> password);
            registry.add("peipao.security.users[" + i + "].roles", () -> user.get(2));
        }
    }

    private Api as(String user, String password, String address) {
        return as(user, password, StandardCharsets.UTF_8, address);
    }

    private Api as(String user, String password, Charset charset, String address) {
        return new Api("http://localhost:" + port, headers -> {
            headers.setBasicAuth(user, password, charset);
            headers.set("X-Forwarded-For", address);
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlikeAndLockTheAccountNotTheAddress() {
        String office = "198.51.100.1";
        var unknownUser = as("nobody", "guess", office).get("/api/v1/projects");
        var wrongPassword = as("auditor", "guess", office).get("/api/v1/projects");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).as("nothing tells a wrong password from an unknown user")
                .isEqualTo(unknownUser.body());
        assertThat(as("auditor", "auditor-secret", office).get("/api/v1/projects").status()).isEqualTo(200);
        for (int guess = 0; guess < 3; guess++) {
            assertThat(as("auditor", "guess-" + guess, office).get("/api/v1/projects").status())
                    .as("a success started the count over: guess %d", guess).isEqualTo(401);
        }

        var locked = as("auditor", "auditor-secret", office).get("/api/v1/projects");
        assertThat(locked.status()).as("even the right password waits: %s", locked).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 2L);
        assertThat(locked.headers().getContentType()).hasToString(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(locked.problemType()).isEqualTo("too-many-failed-sign-ins");
        assertThat(locked.body().path("status").asInt()).isEqualTo(429);
        assertThat(as("auditor", "auditor-secret", "192.0.2.44").get("/api/v1/projects").status())
                .as("the lock is the account's, wherever it signs in from").isEqualTo(429);
        assertThat(as("admin", "admin-secret", office).get("/api/v1/projects").status())
                .as("everybody else behind the same address still signs in").isEqualTo(200);
        assertThat(new Api("http://localhost:" + port).get("/actuator/health").status())
                .as("what needs no sign-in stays open").isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(as("auditor", "auditor-secret", office).get("/api/v1/projects")
                        .status()).isEqualTo(200));
    }

    @Test
    void aClientRepeatingTheSameWrongPasswordIsNotGuessing() {
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(as("clerk", "wrong", "198.51.100.2").get("/api/v1/me").status())
                    .as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(as("clerk", "clerk-secret", "198.51.100.2").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAddressOverItsFailureRateGets429ForFailuresOnlyAndACorrectPasswordStillSignsIn() {
        String proxy = "203.0.113.7";
        for (int visitor = 0; visitor < 6; visitor++) {
            assertThat(as("visitor-" + visitor, "guess", proxy).get("/api/v1/me").status())
                    .as("failure %d is within the limit of 5 or the one that goes over it", visitor).isEqualTo(401);
        }
        var refused = as("visitor-6", "guess", proxy).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("too-many-failed-sign-ins");
        assertThat(Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(refused.headers().get(HttpHeaders.WWW_AUTHENTICATE)).as("no invitation to try again").isNull();

        assertThat(as("admin", "admin-secret", proxy).get("/api/v1/me").status())
                .as("a correct password from the throttled address").isEqualTo(200);
        assertThat(as("visitor-7", "guess", "203.0.113.8").get("/api/v1/me").status())
                .as("another address").isEqualTo(401);
    }

    @Test
    void theBasicChallengeSaysUtf8() {
        var refused = new Api("http://localhost:" + port).get("/api/v1/projects");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .isEqualTo("Basic realm=\"peipao\", charset=\"UTF-8\"");
    }

    @Test
    void aNonAsciiPasswordSignsInInUtf8AndInIso88591() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
            var me = as("intl", NON_ASCII, charset, "198.51.100.3").get("/api/v1/me");
            assertThat(me.status()).as("%s", charset).isEqualTo(200);
            assertThat(me.text("name")).isEqualTo("intl");
        }
        assertThat(as("intl", "pässwört", StandardCharsets.ISO_8859_1, "198.51.100.3").get("/api/v1/me").status())
                .as("a wrong password is still wrong in either").isEqualTo(401);
    }

    @Test
    void aJdkHttpClientSignsInWithANonAsciiPassword() throws IOException, InterruptedException {
        HttpResponse<String> me = jdkClient(NON_ASCII).send(meFrom("198.51.100.4"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"intl\"");
    }

    @Test
    void aJdkHttpClientRetryingAWrongNonAsciiPasswordDoesNotLockTheAccount() throws IOException, InterruptedException {
        HttpRequest me = meFrom("198.51.100.5");
        assertThatThrownBy(() -> jdkClient("pässwört").send(me, HttpResponse.BodyHandlers.discarding()))
                .as("the client sends the same password again until it gives up (4 times, JDK-8340182)")
                .isInstanceOf(IOException.class).hasMessageContaining("too many authentication attempts");
        assertThat(jdkClient(NON_ASCII).send(me, HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("not locked: the retries counted once").isEqualTo(200);
    }

    /** A JDK client that answers a Basic challenge as the user {@code intl}. */
    private static HttpClient jdkClient(String password) {
        return HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("intl", password.toCharArray());
            }
        }).build();
    }

    private HttpRequest meFrom(String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("X-Forwarded-For", address).build();
    }
}
