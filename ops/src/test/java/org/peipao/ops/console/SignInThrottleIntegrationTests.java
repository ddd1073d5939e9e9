package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sign-in form follows the login throttle of HTTP Basic: wrong passwords lock the account (of the form and of
 * HTTP Basic alike), never the address; a repeated password counts once; an address over its failure rate gets 429
 * for its failures only. Its own context (and throttle); behind a TLS proxy (forwarded headers trusted), so each
 * test signs in from its own client address, and the console's cookies are Secure over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peipao.security.login.max-failures=3", "peipao.security.login.first-lockout=3s",
        "peipao.security.login.address-max-failures=5", "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class SignInThrottleIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void failedFormSignInsLockTheAccountOutOfTheFormAndOfHttpBasicButNotTheAddress() throws Exception {
        String office = "198.51.100.1";
        for (int guess = 0; guess < 3; guess++) {
            assertThat(signIn("auditor", "guess-" + guess, office).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = signIn("auditor", "auditor-secret", office);
        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.body()).contains("https://peipao.org/problems/too-many-failed-sign-ins");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3L);
        assertThat(TestUsers.AUDITOR.api(port).get("/api/v1/me").status()).as("HTTP Basic too").isEqualTo(429);
        String otherAccount = "Basic " + Base64.getEncoder().encodeToString(
                "admin:admin-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = send(consolePage("X-Forwarded-For", office));
        assertThat(send(signInForm(token(page), "auditor", "auditor-secret", "X-Forwarded-For", office,
                "Authorization", otherAccount)).statusCode())
                .as("another account's Basic credentials on the form do not lift its lock").isEqualTo(429);
        assertThat(signIn(" auditor ", "auditor-secret", office).statusCode())
                .as("the form trims the name: so does its lock").isEqualTo(429);
        assertThat(signIn("admin", "admin-secret", office).statusCode())
                .as("everybody else behind the same address still signs in").isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(signIn("auditor", "auditor-secret", office).statusCode())
                        .isEqualTo(204));
    }

    @Test
    void aRepeatedPasswordCountsOnceAndAnAddressOverItsRateGets429ForFailuresOnly() throws Exception {
        String proxy = "203.0.113.7";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn("metrics", "wrong", proxy).statusCode()).as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(signIn("metrics", "metrics-secret", proxy).statusCode()).as("not locked").isEqualTo(204);

        for (int visitor = 0; visitor < 5; visitor++) { // the repeats counted once: 6 failures, 1 over the limit
            assertThat(signIn("visitor-" + visitor, "guess", proxy).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = signIn("visitor-5", "guess", proxy);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("https://peipao.org/problems/too-many-failed-sign-ins");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(signIn("admin", "admin-secret", proxy).statusCode())
                .as("a correct password from the throttled address").isEqualTo(204);
    }

    @Test
    void overHttpsTheSessionAndTokenCookiesAreSecure() throws Exception {
        HttpResponse<String> page = send(consolePage("X-Forwarded-Proto", "https"));
        String tokenCookie = SessionClient.setCookie(page, SessionClient.CSRF_COOKIE).orElseThrow();
        assertThat(tokenCookie).containsIgnoringCase("Secure");

        HttpResponse<String> signedIn = send(signInForm(token(page), "admin", "admin-secret",
                "X-Forwarded-Proto", "https"));
        assertThat(signedIn.statusCode()).isEqualTo(204);
        assertThat(SessionClient.setCookie(signedIn, "JSESSIONID")).hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    /** Signs in with the console's form, as its script does, from a client address behind the proxy. */
    private HttpResponse<String> signIn(String user, String password, String address)
            throws IOException, InterruptedException {
        HttpResponse<String> page = send(consolePage("X-Forwarded-For", address));
        return send(signInForm(token(page), user, password, "X-Forwarded-For", address,
                "X-Requested-With", "XMLHttpRequest"));
    }

    private HttpRequest.Builder consolePage(String... headers) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).headers(headers);
    }

    private HttpRequest.Builder signInForm(String token, String user, String password, String... headers) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .headers(Stream.concat(Stream.of(headers), Stream.of(
                        "Cookie", SessionClient.CSRF_COOKIE + "=" + token, SessionClient.CSRF_HEADER, token,
                        "Content-Type", "application/x-www-form-urlencoded")).toArray(String[]::new))
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** The CSRF token the console's page hands out in its cookie. */
    private static String token(HttpResponse<String> page) {
        String cookie = SessionClient.setCookie(page, SessionClient.CSRF_COOKIE).orElseThrow();
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
