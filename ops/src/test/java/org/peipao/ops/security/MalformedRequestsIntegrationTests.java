package org.peipao.ops.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.StoredEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the fuzzing test once answered with a 500 (or a 401 for an administrator), kept as examples:
 * each is a 400 problem, and stores nothing.
 */
@ServerTest
class MalformedRequestsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    RawSocketHttp http;
    StoredEvents events;

    @BeforeEach
    void setUp() {
        http = new RawSocketHttp(port);
        events = new StoredEvents(jdbc);
    }

    private RawSocketHttp.Answer asAdmin(String method, String path, List<String> headers, String body) {
        List<String> all = new ArrayList<>(List.of("Authorization: " + RawHttp.basic("admin")));
        all.addAll(headers);
        return http.send(method, path, all, body.getBytes(StandardCharsets.UTF_8));
    }

    private void assertMalformed(RawSocketHttp.Answer answer, long eventsBefore) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("Exception", "java.", "org.");
        assertThat(events.count()).isEqualTo(eventsBefore);
    }

    @Test
    void aFieldNamedTwiceIsMalformed() {
        long before = events.count();
        String body = Fixtures.companionBody(Ids.unique("twice")).replace("}", ",\"id\":null}");
        assertMalformed(asAdmin("POST", "/api/v1/companions", List.of("Content-Type: application/json"), body), before);
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsMalformed() {
        long before = events.count();
        assertMalformed(asAdmin("POST", "/api/v1/companions", List.of("Content-Type: multipart/form-data"),
                Fixtures.companionBody(Ids.unique("multipart"))), before);
    }

    @Test
    void aHeaderTheFirewallRefusesIsMalformed() {
        long before = events.count();
        // U+0085 is a control character that Tomcat lets through (as obs-text) and Spring Security refuses
        assertMalformed(asAdmin("POST", "/api/v1/companions", List.of("Content-Type: application/json",
                "X-Correlation-Id: a\u0085b"), Fixtures.companionBody(Ids.unique("header"))), before);
    }

    @Test
    void aPathTheFirewallRefusesIsMalformedEvenForAnAdministrator() {
        long before = events.count();
        for (String path : List.of("/api/v1/projects//withdrawal", "/api/v1/projects/%2e%2e/withdrawal",
                "/api/v1/projects/a;b/withdrawal", "/api/v1/projects/%25/withdrawal")) {
            assertMalformed(asAdmin("POST", path, List.of("Content-Type: application/json"), "{\"reason\":\"r\"}"),
                    before);
        }
    }
}
