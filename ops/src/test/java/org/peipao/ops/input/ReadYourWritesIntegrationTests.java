package org.peipao.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §8: a client reads its own writes. Every write answers the position of its last event; a read that sends
 * it back waits until its read model has it, and never answers {@code 404} for what was just created.
 */
@ServerTest
class ReadYourWritesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aHundredCreatesReadRightAfterWithTheirPositionAreAllFound() {
        Api admin = TestUsers.ADMIN.api(port);
        int notFound = 0;
        for (int i = 0; i < 100; i++) {
            String id = Ids.unique("ryw");
            Api.Response created = admin.post("/api/v1/companions", Fixtures.companionBody(id));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long position = created.body().path("position").asLong();
            assertThat(created.headers().getFirst("Peipao-Position")).isEqualTo(String.valueOf(position));

            Api.Response read = admin.get("/api/v1/companions/" + id, "Peipao-Min-Position", String.valueOf(position));
            if (read.status() == 404) {
                notFound++;
            }
            assertThat(read.status()).as(read.toString()).isIn(200, 404);
        }
        assertThat(notFound).isZero();
    }

    @Test
    void aRepeatedCreateAnswersAPositionThatHoldsTheFirst() {
        Api admin = TestUsers.ADMIN.api(port);
        String id = Ids.unique("again");
        long first = admin.post("/api/v1/projects", Fixtures.projectBody(id)).body().path("position").asLong();
        Api.Response again = admin.post("/api/v1/projects", Fixtures.projectBody(id));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("position").asLong()).isGreaterThanOrEqualTo(first);
        assertThat(admin.get("/api/v1/projects/" + id, "Peipao-Min-Position", again.text("position")).status())
                .isEqualTo(200);
    }

    @Test
    void aReadModelThatCannotCatchUpInTimeIsUnavailableForNowNotMissing() {
        Api admin = TestUsers.ADMIN.api(port);
        long head = admin.post("/api/v1/companions", Fixtures.companionBody(Ids.unique("c"))).body()
                .path("position").asLong();

        Api.Response ahead = admin.get("/api/v1/companions", "Peipao-Min-Position", String.valueOf(head + 1_000_000));

        assertThat(ahead.status()).as(ahead.toString()).isEqualTo(503);
        assertThat(ahead.problemType()).isEqualTo("read-model-behind");
        assertThat(ahead.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(admin.get("/api/v1/companions", "Peipao-Min-Position", "soon").status()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentStatesTheContract() {
        JsonNode paths = TestUsers.ADMIN.api(port).get("/v3/api-docs").body().path("paths");

        for (String write : List.of("/api/v1/projects", "/api/v1/projects/{id}/milestones/{milestoneId}/verification")) {
            JsonNode responses = paths.path(write).path("post").path("responses");
            List<String> success = new ArrayList<>();
            responses.fieldNames().forEachRemaining(status -> {
                if (status.startsWith("2")) {
                    success.add(status);
                }
            });
            assertThat(success).as(write).isNotEmpty();
            success.forEach(status -> assertThat(responses.path(status).path("headers").has("Peipao-Position"))
                    .as(write + " " + status).isTrue());
        }

        for (String read : List.of("/api/v1/projects/{id}", "/api/v1/companions", "/api/v1/dashboard")) {
            JsonNode get = paths.path(read).path("get");
            assertThat(get.path("parameters").findValuesAsText("name")).as(read).contains("Peipao-Min-Position");
            assertThat(get.path("responses").path("503").path("headers").has(HttpHeaders.RETRY_AFTER)).as(read)
                    .isTrue();
        }
        JsonNode audit = paths.path("/api/v1/audit/events").path("get");
        assertThat(audit.path("parameters").findValuesAsText("name")).as("the audit reads the events themselves")
                .doesNotContain("Peipao-Min-Position");
    }
}
