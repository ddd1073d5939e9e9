package org.peipao.ops.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.StoredEvents;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/** Oversized bodies, the security headers on every kind of answer, and CORS closed by default. */
@ServerTest
class HostileRequestIntegrationTests {

    private static final int LIMIT = 64 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    RawHttp http;
    StoredEvents events;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        events = new StoredEvents(jdbc);
    }

    /** A companion registration of exactly {@code size} bytes, padded in its name. */
    private static byte[] registrationOf(int size) {
        String empty = json("id", Ids.unique("big"), "name", "", "kind", "TECH_BROKER", "organisation", "Org",
                "domains", List.of());
        String body = empty.replace("\"name\":\"\"", "\"name\":\"" + "x".repeat(size - empty.length()) + "\"");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(size);
        return bytes;
    }

    private HttpResponse<String> register(byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return http.send(http.to("/api/v1/companions").header("Authorization", RawHttp.basic("admin"))
                .header("Content-Type", "application/json").POST(publisher));
    }

    private void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://peipao.org/problems/payload-too-large\"")
                .contains("\"status\":413").doesNotContain("Exception", "java.", "org.");
    }

    @Test
    void aBodyOverTheLimitWithItsLengthDeclaredIsTooLargeAndStoresNothing() {
        long before = events.count();
        assertTooLarge(register(registrationOf(LIMIT + 1), false));
        assertTooLarge(register(registrationOf(4 * LIMIT), false));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsTooLargeAndStoresNothing() {
        long before = events.count();
        var response = register(registrationOf(LIMIT + 1), true);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertTooLarge(response);
        assertTooLarge(register(registrationOf(4 * LIMIT), true));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadAndJudgedOnItsContent() {
        for (boolean chunked : new boolean[]{false, true}) {
            var response = register(registrationOf(LIMIT), chunked);
            assertThat(response.statusCode()).as("chunked %s: %s", chunked, response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"name\"");
        }
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        String admin = RawHttp.basic("admin");
        List<HttpResponse<String>> answers = List.of(
                http.send(http.to("/actuator/health")),
                http.send(http.to("/api/v1/projects").header("Authorization", admin)),
                http.send(http.to("/api/v1/projects")),
                http.send(http.to("/api/v1/projects").header("Authorization", RawHttp.basic("metrics"))),
                http.send(http.to("/api/v1/nothing-here").header("Authorization", admin)),
                http.send(http.to("/api/v1/projects/a;b").header("Authorization", admin)), // refused by the firewall
                http.send(http.to("/api/v1/projects").header("Authorization", admin)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{"))),
                register(registrationOf(LIMIT + 1), false),
                register(registrationOf(LIMIT + 1), true));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().method() + " " + answer.request().uri().getPath() + " answered "
                    + answer.statusCode();
            HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
            assertThat(headers.firstValue("Cache-Control")).as(what).hasValueSatisfying(cache ->
                    assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void aPreflightFromAnUnconfiguredOriginIsNotAllowed() {
        var preflight = http.send(http.to("/api/v1/companions").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(preflight.statusCode()).isNotEqualTo(200);

        var read = http.send(http.to("/api/v1/projects").header("Origin", "https://evil.example")
                .header("Authorization", RawHttp.basic("admin")));
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anApiWithoutCookieSessionsSetsNoCookie() {
        Api admin = TestUsers.ADMIN.api(port);
        var read = admin.get("/api/v1/projects");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().get(org.springframework.http.HttpHeaders.SET_COOKIE)).isNull();
    }
}
