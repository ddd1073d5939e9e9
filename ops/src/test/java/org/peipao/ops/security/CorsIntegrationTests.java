package org.peipao.ops.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With an origin configured, that origin's browsers may call the API, and no other's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "peipao.security.cors-allowed-origins=https://office.example")
@ActiveProfiles("test")
class CorsIntegrationTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> preflight(String origin) {
        RawHttp http = new RawHttp(port);
        return http.send(http.to("/api/v1/companions").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-correlation-id"));
    }

    @Test
    void theConfiguredOriginPassesThePreflight() {
        var preflight = preflight("https://office.example");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://office.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers.toLowerCase()).contains("authorization", "content-type", "x-correlation-id"));
    }

    @Test
    void theConfiguredOriginReadsTheAnswerAndItsCorrelationId() {
        RawHttp http = new RawHttp(port);
        var read = http.send(http.to("/api/v1/projects").header("Origin", "https://office.example")
                .header("Authorization", RawHttp.basic("auditor")));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://office.example");
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("X-Correlation-Id"));
    }

    @Test
    void anotherOriginIsStillRefused() {
        var preflight = preflight("https://evil.example");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
