package org.peipao.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * The verification queue ({@code GET /api/v1/milestones?status=LOGGED}, issue 10): milestones waiting across all
 * projects, the longest waiting first, each named with its project; a verified or rejected one leaves it.
 */
@ServerTest
class VerificationQueueIntegrationTests {

    @LocalServerPort
    int port;
    private long lastPosition;

    @Test
    void theQueueListsWaitingMilestonesOldestFirstUntilTheyAreDecided() {
        Api admin = TestUsers.ADMIN.api(port);
        Fixtures fixtures = new Fixtures(admin);
        String first = fixtures.project();
        String second = fixtures.project();
        String a = log(admin, first);
        String b = log(admin, second);
        String c = log(admin, first);

        List<String> waiting = queued(admin, lastPosition);
        assertThat(waiting).containsSubsequence(first + "/" + a, second + "/" + b, first + "/" + c);
        JsonNode entry = admin.get("/api/v1/milestones?status=LOGGED&size=100&page=" + waiting.indexOf(first + "/" + a) / 100)
                .body().path("items").get(waiting.indexOf(first + "/" + a) % 100);
        assertThat(entry.path("projectTitle").asText()).isEqualTo("Injectable artificial bone");
        assertThat(entry.path("type").asText()).isEqualTo("AWARD_WON");
        assertThat(entry.path("status").asText()).isEqualTo("LOGGED");
        assertThat(entry.path("loggedAt").asText()).isNotBlank();

        admin.post("/api/v1/projects/" + first + "/milestones/" + a + "/verification", "{}");
        long position = admin.post("/api/v1/projects/" + second + "/milestones/" + b + "/rejection",
                json("reason", "no certificate")).body().path("position").asLong();

        List<String> after = queued(admin, position);
        assertThat(after).doesNotContain(first + "/" + a, second + "/" + b).contains(first + "/" + c);
        assertThat(TestUsers.AUDITOR.api(port).get("/api/v1/milestones").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/milestones?status=VERIFIED").status()).isEqualTo(400);
    }

    private String log(Api admin, String project) {
        String id = Ids.unique("m");
        Api.Response logged = admin.post("/api/v1/projects/" + project + "/milestones", Fixtures.milestoneBody(id));
        assertThat(logged.status()).isEqualTo(201);
        lastPosition = logged.body().path("position").asLong();
        return id;
    }

    /** Every queued milestone as "project/milestone", once the queue has handled {@code position}. */
    private static List<String> queued(Api admin, long position) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Response response = admin.get("/api/v1/milestones?status=LOGGED&size=100&page=" + page,
                    "Peipao-Min-Position", String.valueOf(position));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode items = response.body().path("items");
            items.forEach(item -> ids.add(item.path("projectId").asText() + "/" + item.path("milestoneId").asText()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
