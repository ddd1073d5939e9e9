package org.peipao.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.StoredEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every principal over real HTTP (the exports of the lists too, one row per format): the status the
 * role table of the security issue promises, no stored event from a refused request, and refusals that say no more
 * than their status. Each sign-in mode runs it: {@link AccessMatrixIntegrationTests} (HTTP Basic) and
 * {@link JwtAccessMatrixIntegrationTests} (bearer tokens).
 */
abstract class AccessMatrix {

    /** Per mode, the first refusal body seen per status: every other refusal of that status must be the same. */
    private static final Map<Class<?>, Map<Integer, JsonNode>> REFUSALS = new ConcurrentHashMap<>();
    private static final Set<String> PROBLEM_FIELDS = Set.of("type", "title", "status", "detail", "instance");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** The API as {@code who} signs in to it in this mode (no credentials for {@link Who#ANONYMOUS}). */
    abstract Api as(Who who);

    /** The scheme a 401 asks for in this mode's {@code WWW-Authenticate} header. */
    abstract String challengeScheme();

    static Stream<Arguments> cells() {
        return Endpoints.ALL.stream().flatMap(endpoint -> Arrays.stream(Who.values())
                .map(who -> Arguments.of(endpoint, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachPrincipalGetsWhatTheRoleTableSays(Endpoints.Endpoint endpoint, Who who) {
        Scene scene = new Scene(as(Who.ADMIN), who);
        Scene.Call call = endpoint.prepare().apply(scene);
        StoredEvents events = new StoredEvents(jdbc);
        long before = events.count();

        Api.Response response = as(who).exchange(call.method(), call.path(), call.body(), MediaType.APPLICATION_JSON,
                endpoint.accept());

        long after = events.count();
        scene.cleanUp();
        int expected = endpoint.access().expectedFor(who, endpoint.allowed());
        String cell = endpoint + " as " + who + " (" + call.method() + " " + call.path() + ")";
        assertThat(response.status()).as("%s answered %s", cell, response).isEqualTo(expected);
        boolean notTheirProject = endpoint.access().refusesAsNotTheirProject(who);
        if (expected == 401 || expected == 403 || notTheirProject) {
            assertThat(after).as("%s is refused, yet events were stored", cell).isEqualTo(before);
        } else if (endpoint.access().isWrite()) {
            assertThat(after).as("%s succeeded, so it stored an event", cell).isGreaterThan(before);
        }
        if (endpoint.accept() != null && expected == endpoint.allowed()) {
            assertThat(response.headers().getContentType()).as("%s answers the file it was asked for", cell)
                    .matches(type -> type.isCompatibleWith(MediaType.parseMediaType(endpoint.accept())));
        }
        if (notTheirProject) {
            assertThat(response.problemType()).as(cell).isEqualTo("mentor-not-assigned");
        } else if (expected == 401 || expected == 403) {
            assertBareRefusal(response, expected, cell);
        }
    }

    /** A 401 or 403 is a problem that names its status and nothing else: the same body whoever asks for what. */
    private void assertBareRefusal(Api.Response response, int status, String cell) {
        assertThat(response.headers().getContentType()).as(cell)
                .hasToString(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode body = response.body();
        assertThat(body.path("type").asText()).as(cell)
                .isEqualTo("https://peipao.org/problems/" + (status == 401 ? "unauthorized" : "forbidden"));
        assertThat(body.path("title").asText()).as(cell).isNotBlank();
        assertThat(body.path("status").asInt()).as(cell).isEqualTo(status);
        body.fieldNames().forEachRemaining(field ->
                assertThat(field).as("%s: a refusal has only the fields of a problem", cell).isIn(PROBLEM_FIELDS));
        assertThat(body.toString()).as(cell).doesNotContain("ADMIN", "MENTOR", "AUDITOR", "METRICS", "mentor",
                "auditor", "metrics", "/api/", "/actuator", "Exception", "password", "token", "Jwt");
        JsonNode first = REFUSALS.computeIfAbsent(getClass(), mode -> new ConcurrentHashMap<>())
                .putIfAbsent(status, body);
        assertThat(body).as("%s: every %d says the same, whoever asks for what", cell, status)
                .isEqualTo(first == null ? body : first);
        if (status == 401) {
            assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(cell)
                    .startsWith(challengeScheme());
        }
    }
}
