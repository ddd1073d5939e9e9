package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sign-in form shares the login throttle of HTTP Basic: its failures count, and a locked-out name or address
 * is refused with the same 429. Its own context (and throttle), since the lock-out covers 127.0.0.1; behind a TLS
 * proxy (forwarded headers trusted), the console's cookies are Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peipao.security.login.max-failures=3", "peipao.security.login.lockout=3s",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class SignInThrottleIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void failedFormSignInsLockTheNameAndAddressOutOfTheFormAndOfHttpBasicUntilTheLockoutPasses() {
        SessionClient browser = new SessionClient(port);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(browser.signIn("auditor", "guess").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = browser.signIn("auditor", "auditor-secret");
        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.body()).contains("https://peipao.org/problems/too-many-failed-sign-ins");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3L);
        assertThat(TestUsers.AUDITOR.api(port).get("/api/v1/me").status()).as("HTTP Basic too").isEqualTo(429);
        assertThat(new SessionClient(port).signIn("admin", "admin-secret").statusCode())
                .as("the address is locked out, whoever signs in from it").isEqualTo(429);

        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(new SessionClient(port).signIn("auditor", "auditor-secret").statusCode())
                        .isEqualTo(204));
    }

    @Test
    void overHttpsTheSessionAndTokenCookiesAreSecure() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        String tokenCookie = SessionClient.setCookie(page, SessionClient.CSRF_COOKIE).orElseThrow();
        assertThat(tokenCookie).containsIgnoringCase("Secure");
        String token = tokenCookie.substring(tokenCookie.indexOf('=') + 1, tokenCookie.indexOf(';'));

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", SessionClient.CSRF_COOKIE + "=" + token)
                .header(SessionClient.CSRF_HEADER, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(204);
        assertThat(SessionClient.setCookie(signedIn, "JSESSIONID")).hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}
